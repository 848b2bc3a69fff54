package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    work("social.tpe", caseId, DISPATCH, Map.of("visitMode", "FACE_TO_FACE", "preHandlingProtectedBy", "HOSPITAL",
        VAR_CRIME_INVOLVED, true, VAR_POLICE_INFORMED, false, VAR_POLICE_DISCOVERED, false));
    work("social.tpe", caseId, SAFETY_ASSESSMENT, Map.of(VAR_PROTECTION_DECISION, "OPEN", "safetyLevel", "UNSAFE",
        "childSeen", "YES", "visitedAt", now.toString()));
    work("police.tpe", caseId, POLICE_JOINT_INVESTIGATION, Map.of("policeFindings", "CONFIRMED",
        "policeVisitedAt", now.toString()));
    work("social.tpe", caseId, FAMILY_TREATMENT, Map.of(VAR_FAMILY_OUTCOME, "REBUILT",
        "planSubmittedAt", now.toLocalDate().toString()));
    work("supervisor.tpe", caseId, CLOSURE_REVIEW, Map.of(VAR_CLOSURE_APPROVED, true));

    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + caseId, "social.tpe").body());
    assertThat(theCase.get("status").asText()).isEqualTo("CLOSED");
    assertThat(theCase.get("deadlines").findValuesAsText("code")).contains("CP_REPORT_24H", "CP_DISPATCH_24H",
        "CP_INVESTIGATION_4WD");
    assertThat(theCase.get("deadlines").findValuesAsText("status")).doesNotContain("PENDING", "BREACHED");
  }
}
