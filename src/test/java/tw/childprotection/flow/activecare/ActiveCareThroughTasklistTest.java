package tw.childprotection.flow.activecare;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.fragilefamily.SimulatedFragileFamilyPlatform;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.TasklistScenarioTest;

/**
 * Each intake category as the demo runs it: posted by its agency to the referral API, then worked
 * task by task by the right people of the right county through the calls Tasklist makes (their own
 * login, the task's Camunda form, claim, submit), to an outcome — with the case and its deadlines on
 * {@code GET /api/v1/cases/{caseId}} and nothing visible to another county.
 */
@PlatformTest
class ActiveCareThroughTasklistTest extends TasklistScenarioTest {

  static final AtomicInteger SERIAL = new AtomicInteger(56_789_000);

  @Autowired SimulatedFragileFamilyPlatform fragileFamily;


  @Test
  void birthRegistrationWhereaboutsUnknownPoliceAndDistrictOfficeThenSocialAffairsVisitsAndCloses() throws Exception {
    String caseId = refer("household.tpe", "BIRTH_REGISTRATION");
    assertThat(tasklist.visibleTasks("social.khh", caseId)).as("another county sees nothing").isEmpty();

    work("household.tpe", caseId, BIRTH_REGISTRATION_VISIT, Map.of(VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN"));
    work("police.tpe", caseId, POLICE_VISIT, Map.of("policeFinding", "NOT_FOUND", "policeNote", "戶籍地查無此人"));
    work("district.tpe", caseId, DISTRICT_FOLLOW_UP, Map.of("districtFinding", "NOT_FOUND", "districtNote", "里長未曾見過"));
    work("household.tpe", caseId, REVIEW_LETTER_REPLIES, Map.of(VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN"));
    work("social.tpe", caseId, SOCIAL_VISIT, Map.of(VAR_VISIT_OUTCOME, "WELL"));
    work("social.tpe", caseId, VISIT_REPORT, Map.of("comprehensiveAssessment", "已與母親同住，照顧良好",
        "assessmentAreas", List.of("CHILD_HEALTH_DEVELOPMENT")));
    work("supervisor.tpe", caseId, CLOSURE_REVIEW, Map.of(VAR_CLOSURE_APPROVED, true));

    JsonNode theCase = theCase(caseId);
    assertThat(theCase.get("status").asText()).isEqualTo("CLOSED");
    assertThat(theCase.get("deadlines").findValuesAsText("code")).contains("AC_POLICE_VISIT_7D", "AC_REPLY_1M",
        "AC_SOCIAL_VISIT_10D", "AC_VISIT_REPORT_30D");
    assertThat(theCase.get("deadlines").findValuesAsText("status")).containsOnly("MET");
  }

  @Test
  void birthRegistrationChildFoundWellCaredForIsClosedByTheHouseholdOfficeWithoutSocialAffairs() throws Exception {
    String caseId = refer("household.tpe", "BIRTH_REGISTRATION");
    work("household.tpe", caseId, BIRTH_REGISTRATION_VISIT, Map.of(VAR_SCREENING_OUTCOME, "WELL"));

    JsonNode theCase = theCase(caseId);
    assertThat(theCase.get("status").asText()).isEqualTo("CLOSED");
    assertThat(theCase.get("deadlines").findValuesAsText("code")).doesNotContain("AC_SOCIAL_VISIT_10D");
  }

  @Test
  void overdueVaccinationWithoutAnyOfTheFourSituationsStaysWithTheHealthUnitAfterThreeReminders() throws Exception {
    String caseId = refer("health.tpe", "OVERDUE_VACCINATION");
    work("health.tpe", caseId, VACCINATION_REMINDER, Map.of(VAR_CONTACT_TYPE, "TWO_WAY"));
    work("health.tpe", caseId, VACCINATION_REMINDER, Map.of(VAR_CONTACT_TYPE, "ONE_WAY"));
    work("health.tpe", caseId, VACCINATION_REMINDER, Map.of(VAR_CONTACT_TYPE, "ONE_WAY"));

    assertThat(theCase(caseId).get("status").asText()).isEqualTo("CLOSED");
    assertThat(jobs.passed(caseId, CLOSED_HEALTH_CONTINUES)).isTrue();
  }

  @Test
  void lowIncomeHouseholdAlreadyServedByTheFragileFamilyPlatformIsExcludedWithNoTaskForAnyone() throws Exception {
    String child = NationalIds.valid('J', '2', SERIAL.getAndIncrement());
    fragileFamily.stub(child, new MatchResult(true, true, "脆弱家庭個案管理平台", "服務中"));
    String caseId = refer("social.tpe", "LOW_INCOME_DISABLED_PARENT", child);

    JsonNode theCase = theCase(caseId);
    assertThat(theCase.get("status").asText()).isEqualTo("CLOSED");
    assertThat(theCase.get("openTasks")).isEmpty();
    assertThat(jobs.passed(caseId, CLOSED_ALREADY_SERVED)).isTrue();
  }

  @Test
  void relocationVisitThatFindsAbuseOpensAProtectionCaseForTheSameChild() throws Exception {
    String caseId = refer("moi", "HOUSEHOLD_RELOCATION");
    work("household.tpe", caseId, RELOCATION_VISIT, Map.of(VAR_SCREENING_OUTCOME, "CONCERN",
        VAR_CONCERN_ITEMS, List.of("3"), VAR_CONCERN_REASON, "兒童身上多處瘀傷"));

    assertThat(theCase(caseId).get("status").asText()).isEqualTo("CLOSED");
    String protectionCaseId = (String) jobs.variable(caseId, VAR_PROTECTION_CASE_ID);
    JsonNode protection = json.readTree(http.get("/api/v1/cases/" + protectionCaseId, "social.tpe").body());
    assertThat(protection.get("kind").asText()).isEqualTo("PROTECTION");
    assertThat(protection.get("openTasks").findValuesAsText("candidateGroup")).contains("social-worker");
  }

  @Test
  void overdueVaccinationRemindedThreeTimesParentsRefuseToSignReferredThenMissingAndFoundByThePolice()
      throws Exception {
    String caseId = refer("cdc", "OVERDUE_VACCINATION");
    work("health.tpe", caseId, VACCINATION_REMINDER, Map.of(VAR_CONTACT_TYPE, "TWO_WAY", VAR_PARENTS_REFUSE, true));
    work("health.tpe", caseId, VACCINATION_REMINDER, Map.of(VAR_CONTACT_TYPE, "ONE_WAY", VAR_PARENTS_REFUSE, true));
    work("health.tpe", caseId, VACCINATION_REMINDER, Map.of(VAR_CONTACT_TYPE, "ONE_WAY", VAR_PARENTS_REFUSE, true));
    assertThat(deadlineStatus(caseId, "AC_VACCINATION_REMINDERS_6M")).isEqualTo("MET");

    work("social.tpe", caseId, SOCIAL_VISIT, Map.of(VAR_VISIT_OUTCOME, "MISSING"));
    work("social.tpe", caseId, SEARCH_REVIEW,
        Map.of("matchesAdded", List.of("RELATIVES"), VAR_SEARCH_DECISION, "CONTINUE"));
    work("police.tpe", caseId, POLICE_SEARCH, Map.of(VAR_CHILD_FOUND, true, "foundCounty", "TPE"));
    work("social.tpe", caseId, INTERVENE_WHEN_FOUND, Map.of("interventionNote", "已於親屬家尋獲"));

    assertThat(tasklist.visibleTasks("social.tpe", caseId)).containsExactly(SOCIAL_VISIT);
  }

  @Test
  void missingChildFoundInKaohsiungAtNightIsSteppedInByKaohsiungWhileTaipeiKeepsTheCase() throws Exception {
    String caseId = refer("social.tpe", "LOW_INCOME_DISABLED_PARENT");
    work("social.tpe", caseId, SOCIAL_VISIT, Map.of(VAR_VISIT_OUTCOME, "MISSING"));
    work("social.tpe", caseId, SEARCH_REVIEW, Map.of(VAR_SEARCH_DECISION, "CONTINUE"));
    work("police.tpe", caseId, POLICE_SEARCH, Map.of(VAR_CHILD_FOUND, true, VAR_FOUND_COUNTY, "KHH",
        VAR_FOUND_NOTIFIED, "LOCAL_AUTHORITY"));

    assertThat(tasklist.visibleTasks("social.khh", caseId)).containsExactly(INTERVENE_WHERE_FOUND);
    JsonNode asKaohsiung = json.readTree(http.get("/api/v1/cases/" + caseId, "social.khh").body());
    assertThat(asKaohsiung.get("county").asText()).as("Taipei still handles the case").isEqualTo("TPE");
    work("social.khh", caseId, INTERVENE_WHERE_FOUND, Map.of("interventionNote", "已於高雄市安置處所會見兒童"));
    work("social.tpe", caseId, INTERVENE_WHEN_FOUND, Map.of("interventionNote", "高雄市已即時介入，本局續處"));

    assertThat(tasklist.visibleTasks("social.tpe", caseId)).containsExactly(SOCIAL_VISIT);
  }

  @Test
  void uninsuredChildHelpedToEnrolByTheNhiaThenVisitedAndClosed() throws Exception {
    String caseId = refer("nhia", "NHI_UNINSURED");
    work("nhia", caseId, INSURANCE_ENROLMENT_HELP, Map.of("enrolled", "YES", VAR_SUSPECTED_PROTECTION_ISSUE, false));
    visitedWellReportedAndClosed(caseId, "已納保，定期就醫");
  }

  @Test
  void lowIncomeHouseholdNotServedIsVisitedReturnedOnceByTheSupervisorAndClosed() throws Exception {
    String caseId = refer("social.tpe", "LOW_INCOME_DISABLED_PARENT");
    assertThat(theCase(caseId).get("openTasks").findValuesAsText("candidateGroup")).containsExactly("social-worker");
    assertThat(theCase(caseId).get("openTasks").get(0).get("due").asText()).isNotBlank();

    work("social.tpe", caseId, SOCIAL_VISIT, Map.of(VAR_VISIT_OUTCOME, "WELL"));
    work("social.tpe", caseId, VISIT_REPORT, Map.of("comprehensiveAssessment", "家庭支持足夠"));
    work("supervisor.tpe", caseId, CLOSURE_REVIEW, Map.of(VAR_CLOSURE_APPROVED, false, "closureComment", "請補充評估"));
    work("social.tpe", caseId, VISIT_REPORT, Map.of("comprehensiveAssessment", "家庭支持足夠，已連結資源"));
    work("supervisor.tpe", caseId, CLOSURE_REVIEW, Map.of(VAR_CLOSURE_APPROVED, true));

    assertThat(theCase(caseId).get("status").asText()).isEqualTo("CLOSED");
  }

  @Test
  void aCdcTransmissionLineIsTakenUpByATaipeiSocialWorkerWithinTenDaysAndClosed() throws Exception {
    String child = NationalIds.valid('J', '2', SERIAL.getAndIncrement());
    ObjectNode line = referral("OVERDUE_VACCINATION", child);
    HttpResponse<String> sent = http.post("/api/v1/active-care/referrals/batch?expected=1", "cdc",
        "application/x-ndjson", line + "\n");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(json.readTree(sent.body()).get("accepted").asInt()).isEqualTo(1);
    jobs.runJobs();
    String caseId = (String) jdbc.queryForObject(
        "SELECT case_id FROM cpf_active_care_child WHERE child_national_id = ?", String.class, child);

    assertThat(tasklist.visibleTasks("health.tpe", caseId)).as("no reminders: the CDC screened it")
        .doesNotContain(VACCINATION_REMINDER);
    assertThat(tasklist.visibleTasks("social.tpe", caseId)).containsExactly(SOCIAL_VISIT);
    assertThat(deadlineStatus(caseId, "AC_SOCIAL_VISIT_10D")).isEqualTo("PENDING");
    visitedWellReportedAndClosed(caseId, "已與父母返回戶籍地，補種中");
    assertThat(deadlineStatus(caseId, "AC_SOCIAL_VISIT_10D")).isEqualTo("MET");
  }

  @Test
  void aMissingChildReferredToThePoliceForACrimeIsFoundLaterAndVisitedAgain() throws Exception {
    String caseId = refer("social.tpe", "LOW_INCOME_DISABLED_PARENT");
    work("social.tpe", caseId, SOCIAL_VISIT, Map.of(VAR_VISIT_OUTCOME, "MISSING"));
    work("social.tpe", caseId, SEARCH_REVIEW, Map.of(VAR_SEARCH_DECISION, "CRIME_REFERRAL",
        "crimeSuspicionReason", "同居人拒絕說明兒童去向"));
    assertThat(jobs.passed(caseId, REQUEST_CRIMINAL_INVESTIGATION)).isTrue();
    assertThat(theCase(caseId).get("status").asText()).as("the search goes on beside the referral").isEqualTo("OPEN");

    work("police.tpe", caseId, POLICE_SEARCH, Map.of(VAR_CHILD_FOUND, true, VAR_FOUND_COUNTY, "TPE"));
    assertThat(tasklist.visibleTasks("social.tpe", caseId)).containsExactly(INTERVENE_WHEN_FOUND);
    work("social.tpe", caseId, INTERVENE_WHEN_FOUND, Map.of("interventionNote", "於親屬家尋獲，已面訪"));

    assertThat(tasklist.visibleTasks("social.tpe", caseId)).containsExactly(SOCIAL_VISIT);
  }

  /** The Taipei social worker finds the child well, reports, and the supervisor approves closure. */
  private void visitedWellReportedAndClosed(String caseId, String assessment) throws Exception {
    work("social.tpe", caseId, SOCIAL_VISIT, Map.of(VAR_VISIT_OUTCOME, "WELL", "childSeen", "YES"));
    work("social.tpe", caseId, VISIT_REPORT, Map.of("comprehensiveAssessment", assessment));
    work("supervisor.tpe", caseId, CLOSURE_REVIEW, Map.of(VAR_CLOSURE_APPROVED, true));
    assertThat(theCase(caseId).get("status").asText()).isEqualTo("CLOSED");
  }

  private String refer(String user, String source) throws Exception {
    return refer(user, source, NationalIds.valid('J', '2', SERIAL.getAndIncrement()));
  }

  private String refer(String user, String source, String childNationalId) throws Exception {
    HttpResponse<String> response = http.postJson("/api/v1/active-care/referrals", user,
        referral(source, childNationalId).toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    jobs.runJobs();
    return json.readTree(response.body()).get("caseId").asText();
  }

  private ObjectNode referral(String source, String childNationalId) {
    ObjectNode referral = json.createObjectNode().put("source", source);
    referral.putObject("child").put("nationalId", childNationalId)
        .put("name", "陳小華").put("birthDate", LocalDate.now(Deadlines.TAIWAN).minusYears(3).toString()).put("sex", "F");
    referral.put("registeredCounty", "TPE").put("registeredAddress", "臺北市萬華區");
    return referral;
  }

  private JsonNode theCase(String caseId) throws Exception {
    HttpResponse<String> response = http.get("/api/v1/cases/" + caseId, "admin");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String deadlineStatus(String caseId, String code) throws Exception {
    for (JsonNode deadline : theCase(caseId).get("deadlines")) {
      if (deadline.get("code").asText().equals(code)) {
        return deadline.get("status").asText();
      }
    }
    throw new AssertionError("no deadline " + code + " on " + caseId);
  }
}
