package tw.childprotection.flow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.NationalIds;

/**
 * CONTRACT §2: a reporter "files reports on the web form; sees only its own reports' numbers, never a
 * case". The web form files through the same API as every sender (辦法 第2條), so these are API checks.
 * Run on H2 ({@code ReporterApiTest}) and PostgreSQL ({@code ReporterApiPostgresTest}).
 */
abstract class ReporterApiChecks extends ApiTest {

  private static final AtomicInteger SERIAL = new AtomicInteger(64_100_000);

  @Test
  void aReporterFilesAReportAndSeesItsNumberDateAndHandlingCountyInMyReportsOnly() throws Exception {
    JsonNode filed = file("teacher.tpe", "KHH");
    String caseId = filed.path("caseId").asText();
    assertThat(filed.path("handlingCounty").asText()).as("where the child is, Art. 14").isEqualTo("KHH");

    JsonNode mine = json.readTree(http.get("/api/v1/reporting/reports", "teacher.tpe").body());
    JsonNode listed = find(mine, caseId);
    assertThat(listed).isNotNull();
    assertThat(listed.path("handlingCounty").asText()).isEqualTo("KHH");
    assertThat(listed.path("handlingCountyName").asText()).isEqualTo("高雄市");
    assertThat(listed.path("reportedAt").asText()).endsWith("+08:00");
    assertThat(listed.size()).as("number, date, county: nothing of the case").isEqualTo(4);

    JsonNode others = json.readTree(http.get("/api/v1/reporting/reports", "reporter.tpe").body());
    assertThat(find(others, caseId)).as("another reporter's list").isNull();
  }

  @Test
  void aReporterReadsNoCaseNotEvenItsOwnReportsCase() throws Exception {
    String caseId = file("reporter.tpe", "TPE").path("caseId").asText();

    HttpResponse<String> read = http.get("/api/v1/cases/" + caseId, "reporter.tpe");
    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(json.readTree(read.body()).path("errors").get(0).path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(http.get("/api/v1/cases/" + caseId, "social.tpe").statusCode()).as("the county's social worker")
        .isEqualTo(200);
    assertThat(http.get("/api/v1/cases?q=" + caseId, "reporter.tpe").statusCode()).isEqualTo(403);
    assertThat(http.postJson("/api/v1/active-care/referrals", "reporter.tpe", "{}").statusCode())
        .as("referrals are the agencies'").isEqualTo(403);
  }

  @Test
  void aReporterSeesNoTaskAndNoProcessInTheEngineApi() throws Exception {
    JsonNode filed = file("reporter.tpe", "TPE");
    String caseId = filed.path("caseId").asText();
    runJobsOf(filed.path("processInstanceId").asText());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).count())
        .as("the case has work for the county").isPositive();

    assertThat(json.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, "reporter.tpe")
        .body())).isEmpty();
    assertThat(json.readTree(http.get("/engine-rest/task", "reporter.tpe").body())).isEmpty();
    assertThat(json.readTree(http.get("/engine-rest/process-instance", "reporter.tpe").body())).isEmpty();
    assertThat(json.readTree(http.get("/engine-rest/history/process-instance", "reporter.tpe").body())).isEmpty();
  }

  @Test
  void aWrongReportGetsTheApisFieldErrorsAndOpensNoCase() throws Exception {
    ObjectNode report = report("KHH");
    ((ObjectNode) report.path("child")).put("nationalId", "A123456788");
    report.putArray("article53Items");
    long before = count("cpf_protection_report");

    HttpResponse<String> response = http.postJson("/api/v1/protection/reports", "doctor.khh", report.toString());

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = json.readTree(response.body()).path("errors");
    assertThat(errors.findValuesAsText("field")).contains("child.nationalId", "article53Items");
    assertThat(errors.findValuesAsText("messageZh")).allMatch(zh -> !zh.isBlank());
    assertThat(count("cpf_protection_report")).isEqualTo(before);
  }

  @Test
  void theFormAndMeAreThere() throws Exception {
    JsonNode me = json.readTree(http.get("/api/v1/reporting/me", "doctor.khh").body());
    assertThat(me.path("userId").asText()).isEqualTo("doctor.khh");
    assertThat(me.path("counties").get(0).asText()).isEqualTo("KHH");
    assertThat(http.get("/api/v1/reporting/me", null).statusCode()).isEqualTo(401);
    HttpResponse<String> page = http.get("/reporting/index.html", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("兒童及少年保護事件網路通報").contains("lang=\"zh-Hant-TW\"");
  }

  /** The case's asynchronous first steps, as the job executor would run them. */
  private void runJobsOf(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private JsonNode file(String reporter, String county) throws Exception {
    HttpResponse<String> response = http.postJson("/api/v1/protection/reports", reporter, report(county).toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private ObjectNode report(String county) {
    ObjectNode report = json.createObjectNode();
    report.putObject("reporter").put("type", "MANDATED").put("profession", "EDUCATION").put("name", "陳老師")
        .put("agency", "國民小學");
    report.put("knownAt", "2026-11-20T09:30:00+08:00").put("urgent", false).put("verbalFirst", false);
    report.putArray("article53Items").add(3);
    report.put("reason", "手臂瘀傷");
    report.putObject("child").put("nationalId", NationalIds.valid('R', '1', SERIAL.getAndIncrement()))
        .put("name", "測試兒童").put("birthDate", "2018-05-01").put("sex", "M");
    report.putObject("location").put("county", county).put("address", "某路一段");
    return report;
  }

  private static JsonNode find(JsonNode mine, String caseId) {
    for (JsonNode report : mine.path("reports")) {
      if (caseId.equals(report.path("caseId").asText())) {
        return report;
      }
    }
    return null;
  }
}
