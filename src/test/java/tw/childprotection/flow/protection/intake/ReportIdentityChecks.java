package tw.childprotection.flow.protection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.support.ApiTest;

/**
 * No report counted on the wrong child (issue 14 item 4; 辦法 第14條): a second county's report with the
 * identity number of a child with an open case, but another name and birth date, opens its own case all the
 * same (a report is never held back) without being counted with the first for jurisdiction, says so, and
 * leaves a task to the first case's county; same child: counted together from then on; another: kept apart.
 * Run on H2 ({@code ReportIdentityH2Test}) and PostgreSQL ({@code ReportIdentityPostgresTest}).
 */
abstract class ReportIdentityChecks extends ApiTest {

  @Test
  void aMismatchedSecondReportIsNotCountedWithTheFirstAndWaitsForTheFirstCasesCounty() throws Exception {
    String child = ProtectionReportApiTest.newChildId();
    JsonNode first = post(report(child, "王小美", "2019-03-02", "TPE"));

    JsonNode second = post(report(child, "林小安", "2024-06-01", "NWT"));

    assertThat(second.get("handlingCounty").asText()).as("not two counties reporting one child: its own receiver")
        .isEqualTo("NWT");
    assertThat(second.get("identityCheck").asBoolean()).isTrue();
    assertThat(second.get("caseId").asText()).startsWith("CP-NWT-");
    Task task = check(first.get("caseId").asText());
    assertThat(task.getTenantId()).isEqualTo("TPE");
    Map<String, Object> shown = engine.getTaskService().getVariables(task.getId());
    assertThat(shown).containsEntry("existingChildName", "王小美").containsEntry("reportedChildName", "林小安")
        .doesNotContainValue(second.get("caseId").asText());
    assertThat(status(second)).isEqualTo("PENDING");
  }

  @Test
  void theSameNameAndBirthDateCountTogetherAsBeforeWithoutACheck() throws Exception {
    String child = ProtectionReportApiTest.newChildId();
    post(report(child, "王小美", "2019-03-02", "TPE"));

    JsonNode second = post(report(child, "王小美", "2019-03-02", "NWT"));

    assertThat(second.get("handlingCounty").asText()).as("two counties: the residence county").isEqualTo("TXG");
    assertThat(second.has("identityCheck")).isFalse();
  }

  @Test
  void theSocialWorkerFindsTheSameChildAndTheReportCountsWithTheFirstFromThenOn() throws Exception {
    String child = ProtectionReportApiTest.newChildId();
    JsonNode first = post(report(child, "王小美", "2019-03-02", "TPE"));
    JsonNode second = post(report(child, "王筱美", "2019-03-02", "NWT"));

    engine.getTaskService().complete(check(first.get("caseId").asText()).getId(),
        Map.of(ChildProtectionCase.VAR_IDENTITY_DECISION, "SAME"));

    assertThat(status(second)).isNull();
    assertThat(reports.onChild(child)).extracting(ProtectionReports.Earlier::caseId)
        .containsExactly(first.get("caseId").asText(), second.get("caseId").asText());
  }

  @Test
  void theSocialWorkerFindsAnotherChildAndTheReportIsKeptApartForGood() throws Exception {
    String child = ProtectionReportApiTest.newChildId();
    JsonNode first = post(report(child, "王小美", "2019-03-02", "TPE"));
    JsonNode second = post(report(child, "林小安", "2024-06-01", "NWT"));

    engine.getTaskService().complete(check(first.get("caseId").asText()).getId(),
        Map.of(ChildProtectionCase.VAR_IDENTITY_DECISION, "DIFFERENT"));

    assertThat(status(second)).isEqualTo("DIFFERENT");
    assertThat(reports.onChild(child)).extracting(ProtectionReports.Earlier::caseId)
        .containsExactly(first.get("caseId").asText());
  }

  @org.springframework.beans.factory.annotation.Autowired ProtectionReports reports;

  private String status(JsonNode accepted) {
    return jdbc.queryForObject("SELECT identity_status FROM cpf_protection_report WHERE case_id = ?", String.class,
        accepted.get("caseId").asText());
  }

  private Task check(String caseId) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ChildProtectionCase.REPORT_IDENTITY_CHECK_KEY).variableValueEquals("caseId", caseId)
        .singleResult();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ChildProtectionCase.RECONCILE_REPORT_IDENTITY).singleResult();
  }

  private JsonNode post(ObjectNode report) throws Exception {
    HttpResponse<String> response = http.postJson(ProtectionReportApiTest.PATH, "police.tpe", report.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private ObjectNode report(String childId, String name, String born, String receivingCounty) {
    ObjectNode report = json.createObjectNode();
    report.putObject("reporter").put("type", "MANDATED").put("profession", "POLICE").put("name", "林警員")
        .put("agency", "臺北市政府警察局");
    report.put("knownAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).minusHours(2)
        .toString());
    report.put("urgent", false).put("verbalFirst", false);
    report.putArray("article53Items").add(3);
    report.put("reason", "兒少身上多處瘀傷，疑遭照顧者責打");
    report.putObject("child").put("nationalId", childId).put("name", name).put("birthDate", born).put("sex", "F");
    report.putObject("location").put("county", "KHH").put("address", "高雄市苓雅區");
    report.put("receivingCounty", receivingCounty).put("residenceCounty", "TXG");
    return report;
  }
}
