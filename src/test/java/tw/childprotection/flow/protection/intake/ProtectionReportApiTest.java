package tw.childprotection.flow.protection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * {@code POST /api/v1/protection/reports} as a client calls it (CONTRACT §3; 辦法 第2、3、14條): a
 * complete report opens a case in the county Art. 14 names; anything missing or wrong is a 400 naming
 * the field, and nothing at all is written.
 */
@PlatformTest
class ProtectionReportApiTest extends ApiTest {

  static final String PATH = "/api/v1/protection/reports";
  /** A different valid identity number per report, so earlier tests' children do not count as "the same child". */
  static final AtomicInteger SERIAL = new AtomicInteger(23_456_700);

  @Test
  void completeReportOpensACaseInTheCountyWhereTheChildIsWithItsDeadlinesOnTheCase() throws Exception {
    ObjectNode report = report(newChildId());
    HttpResponse<String> response = http.postJson(PATH, "police.tpe", report.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json.readTree(response.body());
    String caseId = body.get("caseId").asText();
    assertThat(caseId).matches("CP-KHH-\\d{4}-\\d{6}");
    assertThat(body.get("handlingCounty").asText()).isEqualTo("KHH");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(body.get("processInstanceId").asText()).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(caseId);
    assertThat(instance.getTenantId()).isEqualTo("KHH");
    assertThat(instance.getProcessDefinitionId()).startsWith(ChildProtectionCase.PROCESS_KEY + ":");

    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + caseId, "social.khh").body());
    assertThat(theCase.get("county").asText()).isEqualTo("KHH");
    assertThat(deadline(theCase, "CP_REPORT_24H").get("status").asText()).isEqualTo("MET");
    assertThat(deadline(theCase, "CP_REPORT_24H").get("basis").asText()).contains("第2條");
    assertThat(http.get("/api/v1/cases/" + caseId, "social.tpe").statusCode())
        .as("the reporting county does not see the case it passed on").isEqualTo(404);
  }

  @Test
  void reportFiledMoreThan24HoursAfterKnowingIsRecordedAsBreached() throws Exception {
    ObjectNode report = report(newChildId());
    report.put("knownAt", now().minusHours(30).toString());
    JsonNode body = json.readTree(http.postJson(PATH, "police.tpe", report.toString()).body());

    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + body.get("caseId").asText(), "admin").body());
    assertThat(deadline(theCase, "CP_REPORT_24H").get("status").asText()).isEqualTo("BREACHED");
  }

  @Test
  void verbalReportLeavesCpReport24hPendingOnTheWrittenFormTask() throws Exception {
    ObjectNode report = report(newChildId());
    report.put("verbalFirst", true);
    JsonNode body = json.readTree(http.postJson(PATH, "police.tpe", report.toString()).body());
    runAsyncSteps(body.get("processInstanceId").asText()); // the job executor is off in tests

    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + body.get("caseId").asText(), "admin").body());
    assertThat(deadline(theCase, "CP_REPORT_24H").get("status").asText()).isEqualTo("PENDING");
    assertThat(theCase.get("openTasks").findValuesAsText("name")).anyMatch(name -> name.contains("書面通報"));
  }

  @Test
  void article14UrgentReportGoesToWhereTheChildIsOtherwiseToTheReceivingCounty() throws Exception {
    ObjectNode urgent = report(newChildId());
    urgent.put("urgent", true).put("receivingCounty", "TPE");
    ObjectNode ordinary = report(newChildId());
    ordinary.put("receivingCounty", "TPE");

    assertThat(handlingCounty(urgent)).isEqualTo("KHH");
    assertThat(handlingCounty(ordinary)).isEqualTo("TPE");
  }

  @Test
  void article14SecondCountyReportingTheSameChildMakesTheResidenceCountyHandleIt() throws Exception {
    String child = newChildId();
    ObjectNode first = report(child);
    first.put("receivingCounty", "TPE").put("residenceCounty", "TXG");
    ObjectNode second = report(child);
    second.put("receivingCounty", "NWT").put("residenceCounty", "TXG");

    assertThat(handlingCounty(first)).isEqualTo("TPE");
    assertThat(handlingCounty(second)).isEqualTo("TXG");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reporter.type", "reporter.profession", "knownAt", "article53Items", "reason",
      "child.name", "location.county"})
  void eachMissingRequiredFieldIs400NamingItAndWritesNothing(String field) throws Exception {
    ObjectNode report = report(newChildId());
    String[] path = field.split("\\.");
    ObjectNode parent = path.length == 1 ? report : (ObjectNode) report.get(path[0]);
    parent.remove(path[path.length - 1]);

    assertRejected(report, field, "REQUIRED");
  }

  @Test
  void wrongValuesAre400WithTheirFieldAndCode() throws Exception {
    ObjectNode badId = report("A123456788");
    assertRejected(badId, "child.nationalId", "INVALID_CHECKSUM");

    ObjectNode badItem = report(newChildId());
    ((ArrayNode) badItem.get("article53Items")).add(7);
    assertRejected(badItem, "article53Items", "NOT_ALLOWED");

    ObjectNode badCounty = report(newChildId());
    ((ObjectNode) badCounty.get("location")).put("county", "XYZ");
    assertRejected(badCounty, "location.county", "UNKNOWN_COUNTY");

    ObjectNode future = report(newChildId());
    future.put("knownAt", now().plusDays(1).toString());
    assertRejected(future, "knownAt", "DATE_IN_FUTURE");

    ObjectNode adult = report(newChildId());
    ((ObjectNode) adult.get("child")).put("birthDate", "2000-01-01");
    assertRejected(adult, "child.birthDate", "NOT_A_CHILD");

    ObjectNode wrongType = report(newChildId());
    wrongType.put("urgent", "yes");
    assertRejected(wrongType, "urgent", "WRONG_TYPE");
  }

  @Test
  void withoutCredentials401() {
    assertThat(http.postJson(PATH, null, report(newChildId()).toString()).statusCode()).isEqualTo(401);
  }

  private void assertRejected(ObjectNode report, String field, String code) throws Exception {
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    long reports = count("cpf_protection_report");
    long deadlines = count("cpf_case_deadline");

    HttpResponse<String> response = http.postJson(PATH, "police.tpe", report.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.get("messageZh").asText()).isNotBlank();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(count("cpf_protection_report")).isEqualTo(reports);
    assertThat(count("cpf_case_deadline")).isEqualTo(deadlines);
  }

  private void runAsyncSteps(String processInstanceId) {
    engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private String handlingCounty(ObjectNode report) throws Exception {
    HttpResponse<String> response = http.postJson(PATH, "police.tpe", report.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("handlingCounty").asText();
  }


  private static JsonNode deadline(JsonNode theCase, String code) {
    for (JsonNode d : theCase.get("deadlines")) {
      if (d.get("code").asText().equals(code)) {
        return d;
      }
    }
    throw new AssertionError("no deadline " + code + " in " + theCase);
  }

  /** The CONTRACT §3 example: a mandated police reporter, a child in Kaohsiung living in Taipei. */
  private ObjectNode report(String childId) {
    ObjectNode report = json.createObjectNode();
    report.putObject("reporter").put("type", "MANDATED").put("profession", "POLICE").put("name", "林警員")
        .put("agency", "臺北市政府警察局");
    report.put("knownAt", now().minusHours(2).toString());
    report.put("urgent", false).put("verbalFirst", false);
    report.putArray("article53Items").add(3);
    report.put("reason", "兒少身上多處瘀傷，疑遭照顧者責打");
    report.putObject("child").put("nationalId", childId).put("name", "王小美").put("birthDate", "2019-03-02")
        .put("sex", "F");
    report.putObject("location").put("county", "KHH").put("address", "高雄市苓雅區");
    report.put("residenceCounty", "TPE");
    return report;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
  }

  /** A valid national ID with a fresh serial: F2 + eight digits + the check digit. */
  static String newChildId() {
    String body = "F2" + String.format("%07d", SERIAL.getAndIncrement() % 10_000_000);
    int sum = 1 + 5 * 9; // F = 15: tens × 1 + units × 9
    int[] weights = {8, 7, 6, 5, 4, 3, 2, 1};
    for (int i = 0; i < 8; i++) {
      sum += (body.charAt(i + 1) - '0') * weights[i];
    }
    return body + (10 - sum % 10) % 10;
  }
}
