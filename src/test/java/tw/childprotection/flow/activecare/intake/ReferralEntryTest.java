package tw.childprotection.flow.activecare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.activecare.ActiveCareCase.*;
import static tw.childprotection.flow.support.CaseScenario.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.TasklistScenarioTest;

/**
 * Where a referral enters the flowchart (戶政、衛政、警政及社政單位執行6歲以下弱勢兒童主動關懷個案通報及查訪作業流程):
 * a single referral at its agency's own screening (the five columns); a line of the 10th/25th or daily
 * transmission — children the agency screened and could not find — at the social-affairs stage
 * (由社政單位續處) with the 10-day visit running; and a further category on an open case with its own
 * agency's screening (始通知社政單位續處), joining social affairs' work rather than visiting twice.
 */
@PlatformTest
class ReferralEntryTest extends TasklistScenarioTest {

  static final String PATH = "/api/v1/active-care/referrals";
  /** Thursday 2026-11-19 10:00 Taipei. */
  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");
  static final AtomicInteger SERIAL = new AtomicInteger(47_890_000);

  @BeforeEach
  void clock() {
    at(RECEIVED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCdcTransmissionLineStartsAtSocialAffairsWithTheTenDayVisitRunningNotSixMonthsOfReminders() {
    String caseId = transmit("cdc", "OVERDUE_VACCINATION", newChildId(), 1, 0);

    assertThat(jobs.hasTask(caseId, VACCINATION_REMINDER)).as("the CDC screened the child already").isFalse();
    assertThat(jobs.candidate(caseId, SOCIAL_VISIT)).isEqualTo("social-worker");
    OffsetDateTime due = OffsetDateTime.parse("2026-11-29T23:59:59+08:00");
    assertThat(jobs.task(caseId, SOCIAL_VISIT).getDueDate()).isEqualTo(Date.from(due.toInstant()));
    jobs.pendingUntilThenBreached(caseId, DeadlineCode.AC_SOCIAL_VISIT_10D, due);
  }

  @Test
  void theSameChildReferredSinglyStillStartsAtTheHealthUnitsReminders() {
    String caseId = refer("cdc", "OVERDUE_VACCINATION", newChildId());

    assertThat(jobs.candidate(caseId, VACCINATION_REMINDER)).isEqualTo("health");
    assertThat(jobs.hasTask(caseId, SOCIAL_VISIT)).isFalse();
  }

  @Test
  void aTransmissionLineJoiningACaseStillAtScreeningStartsSocialAffairsThereWhileTheRemindersGoOn() {
    String child = newChildId();
    String caseId = refer("cdc", "OVERDUE_VACCINATION", child);
    at(RECEIVED.plusDays(3));

    assertThat(transmit("cdc", "OVERDUE_VACCINATION", child, 1, 0)).isEqualTo(caseId);

    assertThat(jobs.hasTask(caseId, VACCINATION_REMINDER)).as("the health unit's duty stays its own").isTrue();
    OffsetDateTime due = OffsetDateTime.parse("2026-12-02T23:59:59+08:00");
    assertThat(jobs.task(caseId, SOCIAL_VISIT).getDueDate()).as("10 days from the line")
        .isEqualTo(Date.from(due.toInstant()));
  }

  @Test
  void aTransmissionLineOfAChildSocialAffairsAlreadyVisitsIsADuplicateAndStartsNothing() {
    String child = newChildId();
    String caseId = transmit("nhia", "NHI_UNINSURED", child, 1, 0);

    assertThat(transmit("nhia", "NHI_UNINSURED", child, 0, 1)).isEqualTo(caseId);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(SOCIAL_VISIT).count()).isEqualTo(1);
  }

  @Test
  void aSecondCategoryOnAnOpenCaseStartsItsOwnAgencysScreeningInTheSameCase() {
    String child = newChildId();
    String caseId = refer("household.tpe", "BIRTH_REGISTRATION", child);

    assertThat(refer("nhia", "NHI_UNINSURED", child)).isEqualTo(caseId);

    assertThat(jobs.candidate(caseId, INSURANCE_ENROLMENT_HELP)).as("the NHIA's 輔導納保 is owed").isEqualTo("nhia");
    assertThat(jobs.candidate(caseId, BIRTH_REGISTRATION_VISIT)).isEqualTo("household-registration");
  }

  @Test
  void aSecondCategoryEndingWithSocialAffairsAlreadyVisitingJoinsThatVisitInsteadOfASecondOne() {
    String child = newChildId();
    String caseId = refer("social.tpe", "LOW_INCOME_DISABLED_PARENT", child);
    assertThat(jobs.hasTask(caseId, SOCIAL_VISIT)).isTrue();
    refer("nhia", "NHI_UNINSURED", child);

    jobs.complete(caseId, INSURANCE_ENROLMENT_HELP, "enrolled", "YES", VAR_SUSPECTED_PROTECTION_ISSUE, false);

    assertThat(jobs.passed(caseId, JOINED_SOCIAL_AFFAIRS)).isTrue();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(SOCIAL_VISIT).count()).isEqualTo(1);
  }

  @Test
  void stepsAnotherUnitAlreadyDidAreSkippedByNote4Dash1() {
    ObjectNode referral = referral("LOW_INCOME_DISABLED_PARENT", newChildId());
    ((ObjectNode) referral.get("details")).put("platformMatchedBy", "新北市政府社會局").put("districtLetterSentBy", "中正區公所");
    String caseId = caseIdOf(http.postJson(PATH, "social.tpe", referral.toString()), 201);

    assertThat(jobs.hasTask(caseId, SOCIAL_VISIT)).isTrue();
    assertThat(jobs.passed(caseId, MATCH_CARE_RECORDS)).isFalse();
    assertThat(jobs.passed(caseId, REQUEST_DISTRICT_FOLLOW_UP)).isFalse();
    assertThat(jobs.variable(caseId, VAR_CARE_RECORDS_SUMMARY)).asString().contains("新北市政府社會局");
  }

  private String refer(String user, String source, String child) {
    HttpResponse<String> response = http.postJson(PATH, user, referral(source, child).toString());
    return caseIdOf(response, response.statusCode() == 201 ? 201 : 200);
  }

  /** A one-line transmission; its answer counts the line as accepted or as a duplicate. */
  private String transmit(String agency, String source, String child, int accepted, int duplicates) {
    HttpResponse<String> response = http.post(PATH + "/batch?expected=1", agency, "application/x-ndjson",
        referral(source, child).toString() + "\n");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = read(response);
    assertThat(answer.get("accepted").asInt()).as(response.body()).isEqualTo(accepted);
    assertThat(answer.get("duplicates").asInt()).isEqualTo(duplicates);
    jobs.runJobs();
    String caseId = jdbc.queryForObject("SELECT case_id FROM cpf_active_care_child WHERE child_national_id = ?",
        String.class, child);
    return caseId;
  }

  private String caseIdOf(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    jobs.runJobs();
    return read(response).get("caseId").asText();
  }

  private JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private ObjectNode referral(String source, String child) {
    ObjectNode referral = json.createObjectNode().put("source", source);
    referral.putObject("child").put("nationalId", child).put("name", "陳小華")
        .put("birthDate", RECEIVED.toLocalDate().minusYears(3).toString()).put("sex", "F");
    referral.put("registeredCounty", "TPE").put("registeredAddress", "臺北市萬華區");
    referral.putObject("details");
    return referral;
  }

  static String newChildId() {
    return NationalIds.valid('K', '2', SERIAL.getAndIncrement());
  }
}
