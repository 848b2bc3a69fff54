package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.TasklistScenarioTest;

/**
 * A protection report as the demo runs it (docs/demo/protection-walkthrough.py, in CI): posted by a
 * police officer, then worked by the right people of the handling county through the calls Tasklist
 * makes — dispatch (辦法 第4條), safety assessment, the joint police investigation (第5條), the family
 * plan (第10條) and the supervisor's closure — with every deadline met on the case API.
 */
@PlatformTest
class ProtectionThroughTasklistTest extends TasklistScenarioTest {

  static final AtomicInteger SERIAL = new AtomicInteger(67_890_000);


  @Test
  void reportOfDrugsAndAbuseRunsToClosureByTheRightPeopleOfTheHandlingCounty() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    ObjectNode report = json.createObjectNode();
    report.putObject("reporter").put("type", "MANDATED").put("profession", "MEDICAL").put("name", "陳醫師")
        .put("agency", "臺大醫院");
    report.put("knownAt", now.minusHours(3).toString()).put("urgent", false).put("verbalFirst", false);
    report.putArray("article53Items").add(1).add(3);
    report.put("reason", "兒少疑似接觸毒品，身上有瘀傷");
    report.putObject("child").put("nationalId", NationalIds.valid('K', '1', SERIAL.getAndIncrement()))
        .put("name", "王小明").put("birthDate", "2018-05-01").put("sex", "M");
    report.putObject("location").put("county", "TPE").put("address", "臺北市中正區");
    report.put("residenceCounty", "TPE");
    HttpResponse<String> posted = http.postJson("/api/v1/protection/reports", "police.tpe", report.toString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String caseId = json.readTree(posted.body()).get("caseId").asText();
    jobs.runJobs();
    assertThat(tasklist.visibleTasks("social.khh", caseId)).as("another county sees nothing").isEmpty();

    work("social.tpe", caseId, DISPATCH, Map.of("assignedUnits", List.of("SOCIAL"), "visitMode", "FACE_TO_FACE",
        "preHandlingProtectedBy", "HOSPITAL",
        VAR_CRIME_INVOLVED, true, VAR_POLICE_INFORMED, false, VAR_POLICE_DISCOVERED, false));
    work("social.tpe", caseId, SAFETY_ASSESSMENT, Map.of(VAR_PROTECTION_DECISION, "OPEN", "safetyLevel", "UNSAFE",
        "childSeen", "YES", "visitedAt", now.toString()));
    work("police.tpe", caseId, POLICE_JOINT_INVESTIGATION, Map.of("policeFindings", "CONFIRMED",
        "policeVisitedAt", now.toString()));
    work("social.tpe", caseId, FAMILY_TREATMENT_PLAN, Map.of("servicesProvided", List.of("COUNSELLING"),
        "planSubmittedAt", now.toLocalDate().toString()));
    work("social.tpe", caseId, FAMILY_SERVICES, Map.of(VAR_FAMILY_OUTCOME, "REBUILT"));
    work("supervisor.tpe", caseId, CLOSURE_REVIEW, Map.of(VAR_CLOSURE_APPROVED, true));

    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + caseId, "social.tpe").body());
    assertThat(theCase.get("status").asText()).isEqualTo("CLOSED");
    assertThat(theCase.get("deadlines").findValuesAsText("code")).contains("CP_REPORT_24H", "CP_DISPATCH_24H",
        "CP_INVESTIGATION_4WD");
    assertThat(theCase.get("deadlines").findValuesAsText("status")).doesNotContain("PENDING", "BREACHED");
  }

  @Test
  void placementAtTheFirstVisitWhileThePoliceJointInvestigationIsOpenStartsTheNoticesAndThe72HoursAtOnce()
      throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    String caseId = post("police.tpe", "MEDICAL", 1, now);
    OffsetDateTime placedAt = now.minusMinutes(30);

    Map<String, Object> dispatch = new HashMap<>(Map.of("visitMode", "FACE_TO_FACE", "preHandlingProtectedBy",
        "HOSPITAL", VAR_CRIME_INVOLVED, false, VAR_POLICE_INFORMED, true, VAR_POLICE_DISCOVERED, "false"));
    dispatch.put("assignedUnits", List.of("SOCIAL"));
    dispatch.putAll(Map.of(VAR_EMERGENCY_PLACEMENT_NEEDED, true, VAR_PLACED_AT, placedAt.toString(),
        "placementGround", "ABANDONED_ABUSED", VAR_CHILD_IS_STUDENT, false, VAR_PLACEMENT_EXCLUDED_HOURS, 0));
    work("social.tpe", caseId, DISPATCH, dispatch);

    assertThat(tasklist.visibleTasks("police.tpe", caseId)).as("the police investigate").contains(
        POLICE_JOINT_INVESTIGATION);
    assertThat(tasklist.visibleTasks("social.tpe", caseId)).contains(NOTIFY_PARENTS, PLACEMENT_ASSESSMENT,
        SAFETY_ASSESSMENT);
    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + caseId, "social.tpe").body());
    JsonNode placement = null;
    for (JsonNode deadline : theCase.get("deadlines")) {
      if (deadline.get("code").asText().equals("CP_PLACEMENT_72H")) {
        placement = deadline;
      }
    }
    assertThat(placement).as("the 72 hours run").isNotNull();
    assertThat(placement.get("status").asText()).isEqualTo("PENDING");
    assertThat(OffsetDateTime.parse(placement.get("dueAt").asText()).toInstant())
        .isEqualTo(placedAt.plusHours(72).toInstant());

    work("social.tpe", caseId, PLACEMENT_ASSESSMENT, Map.of(VAR_PLACEMENT_DECISION, "CONTINUE",
        "placementAssessmentNote", "安置原因持續，無法返家"));
    work("police.tpe", caseId, POLICE_JOINT_INVESTIGATION, Map.of("policeFindings", "CONFIRMED",
        "policeVisitedAt", now.toString()));
    assertThat(tasklist.visibleTasks("social.tpe", caseId)).contains(RECORD_COURT_RULING, SAFETY_ASSESSMENT);
  }

  @Test
  void aSchoolChosenAtDispatchWorksItsOwnTaskInTasklistAndOnlyItsCountySeesIt() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    String caseId = post("police.tpe", "MEDICAL", 1, now);
    work("social.tpe", caseId, DISPATCH, Map.of("visitMode", "FACE_TO_FACE", "assignedUnits",
        List.of("SOCIAL", "EDUCATION"), VAR_CRIME_INVOLVED, false, VAR_POLICE_DISCOVERED, "false"));

    assertThat(tasklist.visibleTasks("education.tpe", caseId)).as("辦法 第4條: the education unit's own task")
        .contains(EDUCATION_UNIT_HANDLING);
    assertThat(tasklist.visibleTasks("social.khh", caseId)).as("another county sees nothing").isEmpty();
    work("education.tpe", caseId, EDUCATION_UNIT_HANDLING, Map.of("unitHandledAt", now.toString(),
        "unitChildSeen", "YES", "unitHandlingNote", "導師表示兒少近兩週多次缺課，已安排輔導老師晤談"));
    assertThat(tasklist.visibleTasks("education.tpe", caseId)).doesNotContain(EDUCATION_UNIT_HANDLING);
  }

  @Test
  void officersReportOfAbuseIsInvestigatedWithinFourWorkingDaysAndABadFormIsRefusedWith400() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    String caseId = post("police.tpe", "POLICE", 3, now);

    String dispatchTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(DISPATCH).singleResult().getId();
    HttpResponse<String> refused = http.postJson("/engine-rest/task/" + dispatchTask + "/submit-form", "admin",
        "{\"variables\":{\"visitMode\":{\"value\":\"OTHER\"},\"policeDiscovered\":{\"value\":\"false\"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).contains("dispatchNote", "敘明理由");

    work("social.tpe", caseId, DISPATCH, Map.of("assignedUnits", List.of("SOCIAL"), "visitMode", "FACE_TO_FACE",
        "preHandlingProtectedBy", "POLICE",
        VAR_CRIME_INVOLVED, true, VAR_POLICE_INFORMED, true, VAR_POLICE_DISCOVERED, "false"));
    assertThat(tasklist.visibleTasks("social.tpe", caseId)).as("an officer's report is investigated")
        .contains(SAFETY_ASSESSMENT).doesNotContain(DIRECT_MEASURES);
    work("social.tpe", caseId, SAFETY_ASSESSMENT, Map.of(VAR_PROTECTION_DECISION, "NOT_OPEN", "safetyLevel", "SAFE",
        "childSeen", "YES", "visitedAt", now.toString(), "investigationSummary", "家長已改善管教方式"));
    work("supervisor.tpe", caseId, CLOSURE_REVIEW, Map.of(VAR_CLOSURE_APPROVED, true));

    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + caseId, "social.tpe").body());
    assertThat(theCase.get("status").asText()).isEqualTo("CLOSED");
    assertThat(theCase.get("deadlines").findValuesAsText("code")).contains("CP_INVESTIGATION_4WD");
    assertThat(theCase.get("deadlines").findValuesAsText("status")).doesNotContain("PENDING", "BREACHED");
  }

  private String post(String user, String profession, int item, OffsetDateTime now) throws Exception {
    ObjectNode report = json.createObjectNode();
    report.putObject("reporter").put("type", "MANDATED").put("profession", profession).put("name", "陳通報")
        .put("agency", "臺北市");
    report.put("knownAt", now.minusHours(3).toString()).put("urgent", false).put("verbalFirst", false);
    report.putArray("article53Items").add(item);
    report.put("reason", "兒少身上有瘀傷");
    report.putObject("child").put("nationalId", NationalIds.valid('K', '1', SERIAL.getAndIncrement()))
        .put("name", "林小華").put("birthDate", "2017-03-01").put("sex", "F");
    report.putObject("location").put("county", "TPE").put("address", "臺北市中正區");
    report.put("residenceCounty", "TPE");
    HttpResponse<String> posted = http.postJson("/api/v1/protection/reports", user, report.toString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    jobs.runJobs();
    return json.readTree(posted.body()).get("caseId").asText();
  }
}
