package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.DISPATCH;
import static tw.childprotection.flow.protection.ChildProtectionCase.PREPARE_PROTECTION_ORDER;
import static tw.childprotection.flow.protection.ChildProtectionCase.SAFETY_ASSESSMENT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PROTECTION_DECISION;
import static tw.childprotection.flow.protection.ProtectionScenario.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.people.StartableInTasklist;
import tw.childprotection.flow.protection.ProtectionScenario;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12, holes 1 and 2: 啟動選擇性保護處置 trusted a {@code requestedBy} start variable the caller set
 * through {@code /engine-rest}: a TPE social worker or supervisor started a protection order in a KHH case,
 * and with {@code county=TPE} added KHH could not even see who did it. Its refusal also told "another
 * county's open case" from "no such case", so walking case numbers found every open KHH case. Identity and
 * county now come from the login; a refusal reads the same for both.
 */
@PlatformTest
class MeasureRequestAttackTest extends ApiTest {

  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");
  static final String START = "/engine-rest/process-definition/key/"
      + StartableInTasklist.PROTECTION_MEASURE_REQUEST_KEY + "/start";
  static final String SUBMIT_FORM = "/engine-rest/process-definition/key/"
      + StartableInTasklist.PROTECTION_MEASURE_REQUEST_KEY + "/submit-form";

  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  ProtectionScenario s;

  @BeforeEach
  void scenario() {
    ProtectionScenario.at(RECEIVED);
    s = new ProtectionScenario(engine, numbers, registry);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTaipeiSocialWorkerNamingAKaohsiungWorkerAsInitiatorStartsNothingInAKaohsiungCase() {
    String khhCase = openCase(County.KHH);

    HttpResponse<String> forged = http.postJson(START, "social.tpe",
        body(khhCase, Map.of("requestedBy", "social.khh")));
    HttpResponse<String> hidden = http.postJson(START, "social.tpe",
        body(khhCase, Map.of("requestedBy", "social.khh", "county", "TPE")));
    HttpResponse<String> bySupervisor = http.postJson(SUBMIT_FORM, "supervisor.tpe",
        body(khhCase, Map.of("requestedBy", "social.khh", "county", "TPE")));

    for (HttpResponse<String> refused : new HttpResponse[] {forged, hidden, bySupervisor}) {
      assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
    }
    assertThat(s.hasTask(khhCase, PREPARE_PROTECTION_ORDER)).as("no KHH task created").isFalse();
    assertThat(requestsFor(khhCase)).as("no request left anywhere").isZero();
  }

  @Test
  void aTaipeiSocialWorkerWithoutAForgedInitiatorIsRefusedToo() {
    String khhCase = openCase(County.KHH);

    HttpResponse<String> refused = http.postJson(SUBMIT_FORM, "social.tpe", body(khhCase, Map.of()));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(s.hasTask(khhCase, PREPARE_PROTECTION_ORDER)).isFalse();
    assertThat(requestsFor(khhCase)).isZero();
  }

  @Test
  void theRequestIsRecordedAsTheLoggedInUsersAndInTheCasesCounty() {
    String khhCase = openCase(County.KHH);

    HttpResponse<String> forged = http.postJson(START, "social.khh",
        body(khhCase, Map.of("requestedBy", "social.tpe")));
    assertThat(forged.statusCode()).as("an initiator is never taken from the caller").isEqualTo(400);
    assertThat(requestsFor(khhCase)).isZero();

    HttpResponse<String> started = http.postJson(START, "social.khh",
        body(khhCase, Map.of("county", "TPE")));
    assertThat(started.statusCode()).as("a county is never taken from the caller").isEqualTo(400);
    assertThat(requestsFor(khhCase)).isZero();

    HttpResponse<String> honest = http.postJson(SUBMIT_FORM, "social.khh", body(khhCase, Map.of()));
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(200);
    HistoricProcessInstance request = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(StartableInTasklist.PROTECTION_MEASURE_REQUEST_KEY)
        .variableValueEquals("caseId", khhCase).singleResult();
    assertThat(request.getStartUserId()).isEqualTo("social.khh");
    assertThat(request.getTenantId()).isEqualTo("KHH");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(request.getId()).variableName("requestedBy").singleResult().getValue())
        .isEqualTo("social.khh");
    assertThat(s.hasTask(khhCase, PREPARE_PROTECTION_ORDER)).isTrue();
  }

  @Test
  void anotherCountysOpenCaseAClosedOneAndNoCaseAtAllAnswerAlike() throws Exception {
    String khhOpen = openCase(County.KHH);
    String unknown = "CP-KHH-2026-999999";
    String malformed = "CP-KHH-26-1";

    String open = refusal(http.postJson(SUBMIT_FORM, "social.tpe", body(khhOpen, Map.of())), khhOpen);
    String none = refusal(http.postJson(SUBMIT_FORM, "social.tpe", body(unknown, Map.of())), unknown);
    String bad = refusal(http.postJson(SUBMIT_FORM, "social.tpe", body(malformed, Map.of())), malformed);

    assertThat(open).isEqualTo(none).isEqualTo(bad);
    assertThat(open).doesNotContain("KHH").doesNotContain("不屬於");
  }

  /** The refusal's body with the case id the caller typed taken out. */
  private String refusal(HttpResponse<String> response, String caseId) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return json.readTree(response.body()).toString().replace(caseId, "{caseId}");
  }

  private long requestsFor(String caseId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(StartableInTasklist.PROTECTION_MEASURE_REQUEST_KEY)
        .variableValueEquals("caseId", caseId).count();
  }

  private String openCase(County county) {
    String caseId = s.start(report(county, RECEIVED));
    s.complete(caseId, DISPATCH);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN");
    return caseId;
  }

  private String body(String caseId, Map<String, String> extra) {
    ObjectNode body = json.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    variables.putObject("caseId").put("value", caseId);
    variables.putObject("measure").put("value", "PROTECTION_ORDER");
    extra.forEach((name, value) -> variables.putObject(name).put("value", value));
    return body.toString();
  }
}
