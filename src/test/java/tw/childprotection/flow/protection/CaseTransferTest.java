package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;
import static tw.childprotection.flow.protection.ProtectionScenario.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.CaseDeadline;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.Http;
import tw.childprotection.flow.support.PlatformTest;

/**
 * 辦法 第14條: a case handed to the county of residence for follow-up keeps its id, its running family
 * plan and its two-year deadline, and both counties read its whole history.
 */
@PlatformTest
class CaseTransferTest {

  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  final ObjectMapper json = new ObjectMapper();
  ProtectionScenario s;
  Http http;

  @BeforeEach
  void init() {
    ProtectionScenario.at(RECEIVED);
    s = new ProtectionScenario(engine, numbers, registry);
    http = new Http(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void article14CaseMovesToTheResidenceCountyWithItsPlanAndDeadlineAndStaysReadableFromBothSides()
      throws Exception {
    String caseId = tpeCaseOfAChildLivingInKaohsiungInItsFamilyPlan();
    CaseDeadline planBefore = s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_3M);
    String oldInstance = instanceOf(caseId);

    HttpResponse<String> response = transfer(caseId, "supervisor.tpe", "KHH");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String newInstance = json.readTree(response.body()).get("processInstanceId").asText();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(newInstance)
        .singleResult().getTenantId()).isEqualTo("KHH");
    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(oldInstance).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ended.getDeleteReason()).contains("移轉管轄至KHH");

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(newInstance)
        .taskDefinitionKey(FAMILY_TREATMENT_PLAN).singleResult().getTenantId()).isEqualTo("KHH");
    List<CaseDeadline> plan = s.deadlines(caseId, DeadlineCode.CP_FAMILY_PLAN_3M);
    assertThat(plan).as("one deadline, moved, not restarted").hasSize(1);
    assertThat(plan.get(0).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(plan.get(0).dueAt()).isEqualTo(planBefore.dueAt());

    for (String reader : List.of("social.tpe", "social.khh")) {
      JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + caseId, reader).body());
      assertThat(theCase.get("county").asText()).as(reader).isEqualTo("KHH");
      assertThat(theCase.get("status").asText()).isEqualTo("OPEN");
      assertThat(theCase.get("transfers").get(0).get("fromCounty").asText()).isEqualTo("TPE");
      assertThat(theCase.get("deadlines").findValuesAsText("code")).contains("CP_DISPATCH_24H",
          "CP_INVESTIGATION_4WD", "CP_FAMILY_PLAN_3M");
      assertThat(theCase.get("openTasks").findValuesAsText("candidateGroup")).containsExactly("social-worker");
    }
    assertThat(transfer(caseId, "supervisor.tpe", "KHH").statusCode())
        .as("TPE no longer handles it").isEqualTo(404);

    s.complete(caseId, FAMILY_TREATMENT_PLAN);
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_3M).status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void article14OnlyToTheResidenceCountyAndOnlyBySupervisorsAtTheFamilyPlanStage() throws Exception {
    String caseId = tpeCaseOfAChildLivingInKaohsiungInItsFamilyPlan();

    assertError(transfer(caseId, "supervisor.tpe", "NWT"), 400, "NOT_ALLOWED");
    assertError(transfer(caseId, "supervisor.tpe", "TPE"), 400, "ALREADY_HANDLING");
    assertThat(transfer(caseId, "social.tpe", "KHH").statusCode()).isEqualTo(403);
    assertThat(transfer(caseId, "social.khh", "KHH").statusCode()).as("not KHH's case yet").isEqualTo(404);

    Map<String, Object> early = report(County.TPE, RECEIVED);
    early.put("residenceCounty", "KHH");
    String stillInDispatch = s.start(early);
    assertError(transfer(stillInDispatch, "supervisor.tpe", "KHH"), 409, "NOT_TRANSFERABLE_NOW");
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT_PLAN)).isTrue();
  }

  @Test
  void article14WithoutAResidenceTheCaseGoesWhereTheChildIs() throws Exception {
    Map<String, Object> variables = report(County.TPE, RECEIVED);
    variables.remove("residenceCounty");
    variables.put("locationCounty", "TXG");
    String caseId = s.start(variables);
    s.complete(caseId, DISPATCH);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN");

    assertError(transfer(caseId, "supervisor.tpe", "KHH"), 400, "NOT_ALLOWED");
    assertThat(transfer(caseId, "supervisor.tpe", "TXG").statusCode()).isEqualTo(200);
    assertThat(json.readTree(http.get("/api/v1/cases/" + caseId, "admin").body()).get("county").asText())
        .isEqualTo("TXG");
  }

  private String tpeCaseOfAChildLivingInKaohsiungInItsFamilyPlan() {
    Map<String, Object> variables = report(County.TPE, RECEIVED);
    variables.put("residenceCounty", "KHH");
    String caseId = s.start(variables);
    s.complete(caseId, DISPATCH);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN");
    return caseId;
  }

  private HttpResponse<String> transfer(String caseId, String user, String toCounty) {
    return http.postJson("/api/v1/cases/" + caseId + "/transfer", user,
        json.createObjectNode().put("toCounty", toCounty).put("reason", "兒少隨家人返回住所地").toString());
  }

  private void assertError(HttpResponse<String> response, int status, String code) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(json.readTree(response.body()).get("errors").get(0).get("code").asText()).isEqualTo(code);
  }

  private String instanceOf(String caseId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult().getId();
  }
}
