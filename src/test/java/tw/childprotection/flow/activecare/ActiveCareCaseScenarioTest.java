package tw.childprotection.flow.activecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.childprotection.flow.activecare.ActiveCareCase.*;
import static tw.childprotection.flow.activecare.ActiveCareScenario.referral;
import static tw.childprotection.flow.support.CaseScenario.at;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.agencies.activecare.SimulatedActiveCarePlatform;
import tw.childprotection.flow.agencies.district.SimulatedDistrictOffice;
import tw.childprotection.flow.agencies.fragilefamily.SimulatedFragileFamilyPlatform;
import tw.childprotection.flow.agencies.household.HouseholdRecord;
import tw.childprotection.flow.agencies.household.SimulatedHouseholdRegistration;
import tw.childprotection.flow.agencies.immigration.EntryExitRecord;
import tw.childprotection.flow.agencies.immigration.SimulatedImmigration;
import tw.childprotection.flow.agencies.kindergarten.SimulatedKindergartenSystem;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.agencies.police.SimulatedPolice;
import tw.childprotection.flow.agencies.psychiatric.SimulatedPsychiatricCareSystem;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.PlatformTest;

/**
 * One scenario per path of the flowchart 戶政、衛政、警政及社政單位執行6歲以下弱勢兒童主動關懷個案通報及查訪作業流程:
 * every intake category to each of its outcomes, the social-affairs stage, the missing-child search,
 * and every deadline one second before and one second after it passes.
 */
@PlatformTest
class ActiveCareCaseScenarioTest {

  /** Thursday 2026-11-19 10:00 Taipei. */
  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");
  static final AtomicInteger SERIAL = new AtomicInteger(34_567_000);

  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  @Autowired SimulatedPolice police;
  @Autowired SimulatedDistrictOffice district;
  @Autowired SimulatedActiveCarePlatform platform;
  @Autowired SimulatedImmigration immigration;
  @Autowired SimulatedHouseholdRegistration household;
  @Autowired SimulatedFragileFamilyPlatform fragileFamily;
  @Autowired SimulatedPsychiatricCareSystem psychiatric;
  @Autowired SimulatedKindergartenSystem kindergartens;
  ActiveCareScenario s;
  String child;

  @BeforeEach
  void init() {
    at(RECEIVED);
    s = new ActiveCareScenario(engine, numbers, registry);
    List.of(police, district, platform, immigration, household, fragileFamily, psychiatric, kindergartens)
        .forEach(sim -> sim.reset());
    child = newChildId();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---- A. ex-officio birth registration

  @Test
  void birthRegistrationChildWellCaredForIsClosedWithoutTellingSocialAffairs() {
    String caseId = start("BIRTH_REGISTRATION");
    assertThat(s.candidate(caseId, BIRTH_REGISTRATION_VISIT)).isEqualTo("household-registration");
    s.complete(caseId, BIRTH_REGISTRATION_VISIT, VAR_SCREENING_OUTCOME, "WELL");

    s.assertThatCase(caseId).isEnded();
    s.assertThatCase(caseId).hasPassed(CLOSED_WELL_CARED);
    assertThat(platform.received()).isEmpty();
  }

  @Test
  void abuseFoundOnTheVisitOpensAProtectionCaseForTheSameChildLinkedBothWays() {
    String caseId = start("BIRTH_REGISTRATION");
    s.complete(caseId, BIRTH_REGISTRATION_VISIT, VAR_SCREENING_OUTCOME, "CONCERN", VAR_CONCERN_ITEMS, "3",
        VAR_CONCERN_REASON, "查訪時發現兒童身上有多處傷痕");

    String protectionCaseId = (String) s.variable(caseId, VAR_PROTECTION_CASE_ID);
    assertThat(protectionCaseId).startsWith("CP-TPE-");
    ProcessInstance protection = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ChildProtectionCase.PROCESS_KEY).processInstanceBusinessKey(protectionCaseId)
        .singleResult();
    assertThat(engine.getRuntimeService().getVariable(protection.getId(), "activeCareCaseId")).isEqualTo(caseId);
    assertThat(engine.getRuntimeService().getVariable(protection.getId(), "childNationalId")).isEqualTo(child);
    s.assertThatCase(caseId).hasPassed(REPORTED_FOR_PROTECTION);
  }

  @Test
  void birthRegistrationWhereaboutsUnknownPoliceVisitWithin7DaysPendingBeforeBreachedAfter() {
    String caseId = whereaboutsUnknownAfterBirthRegistrationVisit();
    assertThat(police.received()).singleElement()
        .satisfies(n -> assertThat(n.type()).isEqualTo(PoliceNoticeType.ACTIVE_CARE_VISIT_REQUEST));
    assertThat(s.candidate(caseId, POLICE_VISIT)).isEqualTo("police");
    OffsetDateTime due = OffsetDateTime.parse("2026-11-26T23:59:59+08:00");
    assertThat(s.task(caseId, POLICE_VISIT).getDueDate()).isEqualTo(Date.from(due.toInstant()));

    s.pendingUntilThenBreached(caseId, DeadlineCode.AC_POLICE_VISIT_7D, due);
    assertThat(s.candidate(caseId, POLICE_VISIT_OVERDUE_REVIEW)).isEqualTo("police");
  }

  @Test
  void birthRegistrationLettersAnsweredWithin1MonthPendingBeforeBreachedAfter() {
    String caseId = whereaboutsUnknownAfterBirthRegistrationVisit();
    assertThat(s.candidate(caseId, DISTRICT_FOLLOW_UP)).isEqualTo("district-office");
    s.complete(caseId, POLICE_VISIT, "policeFinding", "NOT_FOUND");
    OffsetDateTime due = OffsetDateTime.parse("2026-12-19T23:59:59+08:00");

    s.pendingUntilThenBreached(caseId, DeadlineCode.AC_REPLY_1M, due);
    assertThat(s.candidate(caseId, REPLY_OVERDUE_REVIEW)).isEqualTo("household-registration");
  }

  @Test
  void birthRegistrationStillMissingGoesToSocialAffairsWhichDoesNotWriteToTheDistrictOfficeAgain() {
    String caseId = whereaboutsUnknownAfterBirthRegistrationVisit();
    s.complete(caseId, POLICE_VISIT, "policeFinding", "NOT_FOUND");
    s.complete(caseId, DISTRICT_FOLLOW_UP, "districtFinding", "NOT_FOUND");
    assertThat(s.deadline(caseId, DeadlineCode.AC_REPLY_1M).status()).isEqualTo(DeadlineStatus.MET);
    s.complete(caseId, REVIEW_LETTER_REPLIES, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");

    assertThat(platform.received()).singleElement().satisfies(r -> assertThat(r.type())
        .isEqualTo(ActiveCareRecordType.CASE_OPENED));
    assertThat(district.received()).as("註4-1: already written to by the household office").hasSize(1);
    assertThat(s.candidate(caseId, SOCIAL_VISIT)).isEqualTo("social-worker");
    assertThat(s.variable(caseId, "careRecordsSummary")).asString().contains("預防接種");
  }

  // ---- 15: the finder reports a concern at once, in their own name and as of their visit (Act Arts. 53, 54)

  @Test
  void concernFoundByThePoliceIsReportedAtOnceByTheOfficerAsOfTheVisitNotAtTheHouseholdReview() {
    OffsetDateTime visited = RECEIVED.plusDays(2);
    String caseId = concernFound(POLICE_VISIT, visited, visited.plusHours(23), "policeFinding", "policeVisitedAt",
        "policeConcernItems", "3", "policeConcernReason", "兒童身上多處瘀傷");

    String protectionCaseId = (String) s.variable(caseId, VAR_PROTECTION_CASE_ID);
    assertThat(protectionCaseId).as("reported before the district office or the household office answer").isNotNull();
    assertThat(s.hasTask(caseId, REVIEW_LETTER_REPLIES)).isFalse();
    assertThat(s.variable(protectionCaseId, "reporterProfession")).isEqualTo("POLICE");
    assertThat(((Date) s.variable(protectionCaseId, "knownAt")).toInstant()).isEqualTo(visited.toInstant());
    assertThat(s.deadline(protectionCaseId, DeadlineCode.CP_REPORT_24H).status()).isEqualTo(DeadlineStatus.MET);

    s.complete(caseId, DISTRICT_FOLLOW_UP, "districtFinding", "NOT_FOUND");
    s.complete(caseId, REVIEW_LETTER_REPLIES, VAR_SCREENING_OUTCOME, "CONCERN");
    assertThat(protectionCasesOf(caseId)).as("the household review does not report it a second time").isEqualTo(1);
  }

  @Test
  void policeWhoRecordTheirFindingMoreThan24HoursAfterTheVisitHaveTheirReportRecordedLate() {
    OffsetDateTime visited = RECEIVED.plusDays(2);
    String caseId = concernFound(POLICE_VISIT, visited, visited.plusHours(24).plusSeconds(1), "policeFinding",
        "policeVisitedAt");

    String protectionCaseId = (String) s.variable(caseId, VAR_PROTECTION_CASE_ID);
    assertThat(s.deadline(protectionCaseId, DeadlineCode.CP_REPORT_24H).status()).isEqualTo(DeadlineStatus.BREACHED);
  }

  @Test
  void concernFoundByTheVillageOfficerIsReportedAtOnceInTheVillageOfficersName() {
    OffsetDateTime visited = RECEIVED.plusDays(5);
    String caseId = concernFound(DISTRICT_FOLLOW_UP, visited, visited.plusHours(1), "districtFinding",
        "districtVisitedAt", "districtConcernItems", "4");

    String protectionCaseId = (String) s.variable(caseId, VAR_PROTECTION_CASE_ID);
    assertThat(s.variable(protectionCaseId, "reporterProfession")).isEqualTo("VILLAGE_OFFICER");
    assertThat(s.variable(protectionCaseId, "article53ItemsText")).isEqualTo("4");
    assertThat(s.hasTask(caseId, POLICE_VISIT)).as("the police letter is still answered").isTrue();
  }

  // ---- forms that check what they ask, on the server too

  @Test
  void aVisitDatedInTheFutureOrBeforeTheReferralIsRefusedNamingTheFieldAndNothingChanges() {
    String caseId = whereaboutsUnknownAfterBirthRegistrationVisit();
    for (OffsetDateTime wrong : List.of(RECEIVED.plusDays(1), RECEIVED.minusDays(3))) {
      assertThatThrownBy(() -> s.complete(caseId, POLICE_VISIT, "policeFinding", "WELL",
          "policeVisitedAt", wrong.toString()))
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("policeVisitedAt");
      assertThat(s.hasTask(caseId, POLICE_VISIT)).isTrue();
    }
    s.complete(caseId, POLICE_VISIT, "policeFinding", "WELL", "policeVisitedAt", "2026-11-19T09:00:00+08:00");
  }

  @Test
  void aSupervisorWhoRefusesClosureMustSayWhy() {
    String caseId = start("LOW_INCOME_DISABLED_PARENT");
    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "WELL");
    s.complete(caseId, VISIT_REPORT);

    assertThatThrownBy(() -> s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, false))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("closureComment");
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, false, "closureComment", "請補充家庭支持系統評估");
    assertThat(s.variable(caseId, "closureComment")).isEqualTo("請補充家庭支持系統評估");
    s.assertThatCase(caseId).isWaitingAt(VISIT_REPORT);
  }

  /** The police or the village officer, visiting at {@code visited}, record a concern at {@code recorded}. */
  private String concernFound(String task, OffsetDateTime visited, OffsetDateTime recorded, String findingField,
      String visitedField, Object... more) {
    String caseId = whereaboutsUnknownAfterBirthRegistrationVisit();
    at(recorded);
    Object[] values = new Object[4 + more.length];
    values[0] = findingField;
    values[1] = "CONCERN";
    values[2] = visitedField;
    values[3] = visited.toString();
    System.arraycopy(more, 0, values, 4, more.length);
    s.complete(caseId, task, values);
    return caseId;
  }

  private long protectionCasesOf(String activeCareCaseId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChildProtectionCase.PROCESS_KEY)
        .variableValueEquals("activeCareCaseId", activeCareCaseId).count();
  }

  // ---- B. ex-officio move to the registration office

  @Test
  void relocationOfAChildWhoLeftTheCountryIsExcludedBeforeAnyVisit() {
    immigration.stub(child, new EntryExitRecord(true, RECEIVED.toLocalDate().minusMonths(3), null));
    String caseId = start("HOUSEHOLD_RELOCATION");

    s.assertThatCase(caseId).hasPassed(CLOSED_DEPARTED);
    s.assertThatCase(caseId).hasNotPassed(RELOCATION_VISIT);
  }

  @Test
  void relocationWhereaboutsUnknownPoliceToldAtTheMoveThenPopulationChecksThenSocialAffairs() {
    String caseId = start("HOUSEHOLD_RELOCATION");
    s.complete(caseId, RELOCATION_VISIT, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    assertThat(police.received()).singleElement()
        .satisfies(n -> assertThat(n.type()).isEqualTo(PoliceNoticeType.RELOCATION_NOTICE));

    s.complete(caseId, POPULATION_CHECK, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    s.assertThatCase(caseId).isWaitingAt(SOCIAL_VISIT);
  }

  @Test
  void relocationNote4Dash2CareRecordsAreMatchedBeforeAnyDataGoesToThePoliceForASearch() {
    String caseId = start("HOUSEHOLD_RELOCATION");
    s.complete(caseId, RELOCATION_VISIT, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    s.complete(caseId, POPULATION_CHECK, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    assertThat(platform.received()).as("no search yet").noneMatch(r -> r.type() == ActiveCareRecordType.MISSING_CHILD);
    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "MISSING");

    s.assertThatCase(caseId).hasPassedInOrder(MATCH_CARE_RECORDS, SOCIAL_VISIT, REPORT_MISSING_CHILD);
    assertThat(platform.received().stream().map(r -> r.type()))
        .containsExactly(ActiveCareRecordType.CASE_OPENED, ActiveCareRecordType.MISSING_CHILD);
  }

  @Test
  void relocationPopulationChecksArePeriodicEveryThreeMonthsWhileTheChildIsUnknownAndStopWhenTheCaseCloses() {
    String caseId = start("HOUSEHOLD_RELOCATION");
    s.complete(caseId, RELOCATION_VISIT, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    s.complete(caseId, POPULATION_CHECK, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    assertThat(s.hasTask(caseId, POPULATION_CHECK)).isFalse();
    assertThat(s.hasTask(caseId, SOCIAL_VISIT)).as("social affairs told at the first check").isTrue();

    OffsetDateTime next = RECEIVED.plusMonths(3);
    at(next.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).noneMatch(j -> NEXT_POPULATION_CHECK_DUE.equals(activityOf(j)));
    at(next.plusSeconds(1));
    s.dueTimers(caseId).stream().filter(j -> NEXT_POPULATION_CHECK_DUE.equals(activityOf(j)))
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    assertThat(s.candidate(caseId, POPULATION_CHECK)).as("定期辦理清查").isEqualTo("household-registration");
    s.complete(caseId, POPULATION_CHECK, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(SOCIAL_VISIT).count()).as("social affairs is not told twice").isEqualTo(1);

    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "WELL");
    s.complete(caseId, VISIT_REPORT);
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);
    s.assertThatCase(caseId).isEnded();
  }

  private String activityOf(Job job) {
    return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult().getActivityId();
  }

  @Test
  void relocationPopulationCheckFindsTheChildDepartedAndExcludesIt() {
    String caseId = start("HOUSEHOLD_RELOCATION");
    s.complete(caseId, RELOCATION_VISIT, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    s.complete(caseId, POPULATION_CHECK, VAR_SCREENING_OUTCOME, "DEPARTED");
    s.assertThatCase(caseId).hasPassed(CLOSED_DEPARTED);
  }

  @Test
  void relocationPopulationCheckThatFindsAbuseReportsItUnderArticles53And54() {
    String caseId = start("HOUSEHOLD_RELOCATION");
    s.complete(caseId, RELOCATION_VISIT, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    s.complete(caseId, POPULATION_CHECK, VAR_SCREENING_OUTCOME, "CONCERN", VAR_CONCERN_ITEMS, "4");

    s.assertThatCase(caseId).hasPassed(REPORTED_FOR_PROTECTION);
    assertThat(s.variable(caseId, VAR_PROTECTION_CASE_ID)).asString().startsWith("CP-TPE-");
  }

  // ---- C. overdue vaccination

  @Test
  void vaccinationCaughtUpAfterAReminderClosesTheCaseWithTheReminderDutyMet() {
    String caseId = start("OVERDUE_VACCINATION");
    assertThat(s.candidate(caseId, VACCINATION_REMINDER)).isEqualTo("health");
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "TWO_WAY", VAR_VACCINATED, true);

    s.assertThatCase(caseId).hasPassed(CLOSED_WELL_CARED);
    assertThat(s.deadline(caseId, DeadlineCode.AC_VACCINATION_REMINDERS_6M).status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void vaccinationSuspectedProtectionIsReportedAtOnceWithoutWaitingForThreeReminders() {
    String caseId = start("OVERDUE_VACCINATION");
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "TWO_WAY", VAR_SUSPECTED_PROTECTION_ISSUE, true);
    assertThat(s.variable(caseId, VAR_PROTECTION_CASE_ID)).isNotNull();
  }

  @Test
  void aVaccinatedChildWithASuspectedProtectionIssueIsStillReportedNotClosedAsWellCaredFor() {
    String caseId = start("OVERDUE_VACCINATION");
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "TWO_WAY", VAR_VACCINATED, true,
        VAR_SUSPECTED_PROTECTION_ISSUE, true);

    s.assertThatCase(caseId).hasPassed(REPORTED_FOR_PROTECTION).hasNotPassed(CLOSED_WELL_CARED);
  }

  @Test
  void vaccinationParentsRefusingToSignAreReferredOnlyAfterThreeRemindersWithOneTwoWayContact() {
    String caseId = start("OVERDUE_VACCINATION");
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "ONE_WAY", VAR_PARENTS_REFUSE, true);
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "ONE_WAY", VAR_PARENTS_REFUSE, true);
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "ONE_WAY", VAR_PARENTS_REFUSE, true);
    assertThat(s.hasTask(caseId, VACCINATION_REMINDER)).as("three reminders but no two-way contact").isTrue();
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "TWO_WAY", VAR_PARENTS_REFUSE, true);

    s.assertThatCase(caseId).isWaitingAt(SOCIAL_VISIT);
  }

  @Test
  void vaccinationFragileFamilyInServiceIsReferredDepartedChildExcludedByTheCdc() {
    fragileFamily.stub(child, new MatchResult(true, true, "脆弱家庭個案管理平台", "服務中"));
    household.stub(child, new HouseholdRecord(true, true, false, "TPE", 2));
    String caseId = start("OVERDUE_VACCINATION");
    for (int i = 0; i < 3; i++) {
      s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "TWO_WAY");
    }
    s.assertThatCase(caseId).hasPassed(CLOSED_DEPARTED);
    s.assertThatCase(caseId).hasNotPassed(SOCIAL_VISIT);
  }

  @Test
  void vaccinationWithoutAnyOfTheFourSituationsIsNotReferredAfterTheReminders() {
    String caseId = start("OVERDUE_VACCINATION");
    for (int i = 0; i < 3; i++) {
      s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "TWO_WAY");
    }
    s.assertThatCase(caseId).hasPassed(CLOSED_HEALTH_CONTINUES);
    assertThat(platform.received()).isEmpty();
  }

  @Test
  void vaccinationRemindersWithinSixMonthsPendingBeforeBreachedAfterThenTheTableDecidesAndTheSupervisorReviews() {
    String caseId = start("OVERDUE_VACCINATION");
    OffsetDateTime due = OffsetDateTime.parse("2027-05-19T23:59:59+08:00");

    s.pendingUntilThenBreached(caseId, DeadlineCode.AC_VACCINATION_REMINDERS_6M, due);
    assertThat(s.candidate(caseId, REMINDERS_OVERDUE_REVIEW)).isEqualTo("health");
    assertThat(s.task(caseId, REMINDERS_OVERDUE_REVIEW).getDueDate()).isNotNull();
    assertThat(s.hasTask(caseId, VACCINATION_REMINDER)).as("the duty is exhausted: no seventh month of reminders")
        .isFalse();
    s.assertThatCase(caseId).hasPassed(CLOSED_HEALTH_CONTINUES);
  }

  // ---- 14: the reminder loop's exits (註1, 註2, 處遇狀況(1)–(4))

  @Test
  void situation4NobodyToReachIsReferredAfterThreeRemindersWithoutDemandingATwoWayContact() {
    String caseId = start("OVERDUE_VACCINATION");
    for (int i = 0; i < 3; i++) {
      s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "ONE_WAY", VAR_NO_ONE_FOUND, true);
    }
    s.assertThatCase(caseId).isWaitingAt(SOCIAL_VISIT);
    assertThat(s.variable(caseId, "vaccinationDecision")).asString().contains("處遇狀況(4)");
  }

  @Test
  void aRefusalSixMonthsOnIsReferredWithTheRemindersTheFamilyAllowedNotLeftWaitingForMore() {
    String caseId = start("OVERDUE_VACCINATION");
    s.complete(caseId, VACCINATION_REMINDER, VAR_CONTACT_TYPE, "ONE_WAY", VAR_PARENTS_REFUSE, true);
    OffsetDateTime due = OffsetDateTime.parse("2027-05-19T23:59:59+08:00");
    at(due.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    assertThat(s.hasTask(caseId, VACCINATION_REMINDER)).isTrue();

    at(due.plusSeconds(1));
    s.fireDueTimers(caseId);
    s.assertThatCase(caseId).isWaitingAt(SOCIAL_VISIT);
    assertThat(s.hasTask(caseId, VACCINATION_REMINDER)).isFalse();
  }

  @Test
  void theVaccinationServiceEndsOnTheSeventhBirthdayWithItsReason() {
    java.util.Map<String, Object> referral = referral("OVERDUE_VACCINATION", child, RECEIVED);
    referral.put("childBirthDate", "2019-11-25");
    String caseId = s.start(referral);
    OffsetDateTime seventh = OffsetDateTime.parse("2026-11-25T00:00:00+08:00");

    at(seventh.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    at(seventh.plusSeconds(1));
    s.fireDueTimers(caseId);
    s.assertThatCase(caseId).hasPassed(CLOSED_AGED_OUT).isEnded();
    assertThat(s.variable(caseId, "vaccinationDecision")).asString().contains("註1");
  }

  // ---- D. not insured for over a year

  @Test
  void uninsuredChildIsHelpedToEnrolThenToldToSocialAffairsUnlessDeparted() {
    String caseId = start("NHI_UNINSURED");
    assertThat(s.candidate(caseId, INSURANCE_ENROLMENT_HELP)).isEqualTo("nhia");
    s.complete(caseId, INSURANCE_ENROLMENT_HELP, "enrolled", "YES");
    s.assertThatCase(caseId).isWaitingAt(SOCIAL_VISIT);

    String departed = newChildId();
    immigration.stub(departed, new EntryExitRecord(true, RECEIVED.toLocalDate().minusYears(1), null));
    String excluded = s.start(referral("NHI_UNINSURED", departed, RECEIVED));
    s.complete(excluded, INSURANCE_ENROLMENT_HELP, "enrolled", "NO");
    s.assertThatCase(excluded).hasPassed(CLOSED_DEPARTED);
  }

  @Test
  void abuseFoundWhileHelpingToEnrolIsReportedAtOnceWithoutTheRegistrationQueries() {
    String caseId = start("NHI_UNINSURED");
    s.complete(caseId, INSURANCE_ENROLMENT_HELP, "enrolled", "NO", VAR_SUSPECTED_PROTECTION_ISSUE, true,
        VAR_CONCERN_ITEMS, "5");

    s.assertThatCase(caseId).hasPassed(REPORTED_FOR_PROTECTION).hasNotPassed(NHIA_EXCLUDE_DEPARTED);
  }

  // ---- E. low-income households with a parent holding a mental or intellectual disability certificate

  @Test
  void householdAlreadyServedByOneOfTheSixSystemsIsExcludedOtherwiseSocialAffairsVisits() {
    psychiatric.stub(child, new MatchResult(true, true, "精神照護資訊管理系統", "個案管理中"));
    String served = start("LOW_INCOME_DISABLED_PARENT");
    s.assertThatCase(served).hasPassed(CLOSED_ALREADY_SERVED);
    assertThat(s.variable(served, "servedBy")).isEqualTo("精神照護資訊管理系統");

    String notServed = s.start(referral("LOW_INCOME_DISABLED_PARENT", newChildId(), RECEIVED));
    s.assertThatCase(notServed).isWaitingAt(SOCIAL_VISIT);
  }

  // ---- social affairs

  @Test
  void socialVisitWithin10DaysPendingBeforeBreachedAfter() {
    String caseId = start("LOW_INCOME_DISABLED_PARENT");
    OffsetDateTime due = OffsetDateTime.parse("2026-11-29T23:59:59+08:00");
    assertThat(s.task(caseId, SOCIAL_VISIT).getDueDate()).isEqualTo(Date.from(due.toInstant()));

    s.pendingUntilThenBreached(caseId, DeadlineCode.AC_SOCIAL_VISIT_10D, due);
    assertThat(s.candidate(caseId, SOCIAL_VISIT_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
  }

  @Test
  void visitReportWithin30DaysOfSocialAffairsBeingToldPendingBeforeBreachedAfter() {
    String caseId = start("LOW_INCOME_DISABLED_PARENT");
    at(RECEIVED.plusDays(5));
    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "WELL");
    OffsetDateTime due = OffsetDateTime.parse("2026-12-19T23:59:59+08:00");
    assertThat(s.task(caseId, VISIT_REPORT).getDueDate()).isEqualTo(Date.from(due.toInstant()));

    s.pendingUntilThenBreached(caseId, DeadlineCode.AC_VISIT_REPORT_30D, due);
    assertThat(s.candidate(caseId, VISIT_REPORT_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
  }

  @Test
  void wellCaredForAfterTheVisitIsReportedReviewedReturnedOnceAndClosed() {
    String caseId = start("LOW_INCOME_DISABLED_PARENT");
    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "WELL");
    s.complete(caseId, VISIT_REPORT);
    assertThat(s.deadline(caseId, DeadlineCode.AC_VISIT_REPORT_30D).status()).isEqualTo(DeadlineStatus.MET);
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, false, "closureComment", "請補充綜合評估");
    s.complete(caseId, VISIT_REPORT);
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);

    s.assertThatCase(caseId).isEnded();
    assertThat(platform.received().stream().map(r -> r.type()))
        .containsExactly(ActiveCareRecordType.CASE_OPENED, ActiveCareRecordType.CASE_CLOSED);
  }

  @Test
  void missingChildIsSearchedByThePoliceAndVisitedOnceFoundTheOptionalMatchesLeftOut() {
    String caseId = start("LOW_INCOME_DISABLED_PARENT");
    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "MISSING");
    assertThat(platform.received().stream().map(r -> r.type())).contains(ActiveCareRecordType.MISSING_CHILD);
    assertThat(s.candidate(caseId, POLICE_SEARCH)).isEqualTo("police");
    assertThat(s.candidate(caseId, SEARCH_REVIEW)).isEqualTo("social-worker");

    s.complete(caseId, SEARCH_REVIEW, VAR_SEARCH_DECISION, "CONTINUE");
    s.complete(caseId, POLICE_SEARCH, VAR_CHILD_FOUND, true, "foundCounty", "TPE");
    assertThat(s.hasTask(caseId, SEARCH_REVIEW)).isFalse();
    assertThat(s.dueTimers(caseId)).isEmpty();
    s.complete(caseId, INTERVENE_WHEN_FOUND);
    s.assertThatCase(caseId).isWaitingAt(SOCIAL_VISIT);
  }

  @Test
  void missingChildFoundInAnotherCountyWhoseAuthorityWasToldIsSteppedInThereAtOnceWhileTaipeiFollowsUp() {
    String caseId = missingChildBeingSearchedFor();
    s.complete(caseId, POLICE_SEARCH, VAR_CHILD_FOUND, true, VAR_FOUND_COUNTY, "KHH", VAR_FOUND_NOTIFIED,
        "LOCAL_AUTHORITY");

    assertThat(s.candidate(caseId, INTERVENE_WHERE_FOUND)).isEqualTo("social-worker");
    assertThat(s.task(caseId, INTERVENE_WHERE_FOUND).getTenantId()).as("the county where the child is")
        .isEqualTo("KHH");
    s.assertThatCase(caseId).hasPassed(NOTIFY_COUNTY_WHERE_FOUND).isWaitingAt(INTERVENE_WHEN_FOUND);
    assertThat(s.task(caseId, INTERVENE_WHEN_FOUND).getTenantId()).isEqualTo("TPE");
  }

  @Test
  void missingChildFoundInAnotherCountyButReportedToTheAskingUnitStaysWithIt() {
    String caseId = missingChildBeingSearchedFor();
    s.complete(caseId, POLICE_SEARCH, VAR_CHILD_FOUND, true, VAR_FOUND_COUNTY, "KHH", VAR_FOUND_NOTIFIED,
        "ORIGINAL_SOCIAL_UNIT");

    s.assertThatCase(caseId).hasNotPassed(NOTIFY_COUNTY_WHERE_FOUND).isWaitingAt(INTERVENE_WHEN_FOUND);
    assertThat(s.hasTask(caseId, INTERVENE_WHERE_FOUND)).isFalse();
  }

  // ---- 16: the search stays open until found or ended with a reason; the Art. 54 referral runs beside it

  @Test
  void aCrimeReferralUnderArticle54LeavesTheSearchOpenSoALaterFindReturnsToTheCase() {
    String caseId = missingChildBeingSearchedFor();
    at(RECEIVED.plusDays(30).plusSeconds(1));
    s.fireDueTimers(caseId);
    s.complete(caseId, SEARCH_REVIEW, VAR_SEARCH_DECISION, "CRIME_REFERRAL", "crimeSuspicionReason", "家屬拒絕說明兒童去向");

    assertThat(police.received().stream().map(n -> n.type())).contains(PoliceNoticeType.CRIME_INVESTIGATION_REQUEST);
    assertThat(s.isEnded(caseId)).as("the child is still missing").isFalse();
    assertThat(s.hasTask(caseId, POLICE_SEARCH)).isTrue();

    at(RECEIVED.plusDays(45));
    s.complete(caseId, POLICE_SEARCH, VAR_CHILD_FOUND, true, VAR_FOUND_COUNTY, "TPE");
    s.complete(caseId, INTERVENE_WHEN_FOUND);
    s.assertThatCase(caseId).hasPassed(REQUEST_CRIMINAL_INVESTIGATION).isWaitingAt(SOCIAL_VISIT);
  }

  @Test
  void theSocialWorkersReviewOfTheSearchComesBackAfter30DaysNotAtOnce() {
    String caseId = missingChildBeingSearchedFor();
    s.complete(caseId, POLICE_SEARCH, VAR_CHILD_FOUND, false, "searchNote", "本月查訪親屬未果");
    assertThat(s.hasTask(caseId, POLICE_SEARCH)).as("the police search never closes without a find").isTrue();
    assertThat(s.task(caseId, POLICE_SEARCH).getDueDate())
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-12-19T23:59:59+08:00").toInstant()));
    assertThat(s.hasTask(caseId, SEARCH_REVIEW)).isFalse();

    at(RECEIVED.plusDays(30).minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    at(RECEIVED.plusDays(30).plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThat(s.candidate(caseId, SEARCH_REVIEW)).isEqualTo("social-worker");
  }

  @Test
  void aSearchEndsWithoutAFindOnlyWithItsReasonAndThenClosesTheCase() {
    String caseId = start("LOW_INCOME_DISABLED_PARENT");
    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "MISSING");
    assertThatThrownBy(() -> s.complete(caseId, SEARCH_REVIEW, VAR_SEARCH_DECISION, "END"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining(VAR_SEARCH_END_REASON);

    s.complete(caseId, SEARCH_REVIEW, VAR_SEARCH_DECISION, "END", VAR_SEARCH_END_REASON, "DECEASED",
        "searchEndNote", "戶籍資料登載死亡");
    s.assertThatCase(caseId).hasPassed(SEARCH_CLOSED).isEnded();
    assertThat(s.variable(caseId, VAR_SEARCH_END_REASON)).isEqualTo("DECEASED");
    assertThat(platform.received().stream().map(r -> r.type())).contains(ActiveCareRecordType.CASE_CLOSED);
  }

  // ---- 19: the platform matching of 註3 records which sources answered; a found child's revisit

  @Test
  void note3PlatformMatchingRecordsWhichSourcesAnsweredAndGoesOnWithoutTheOneThatDidNot() {
    kindergartens.failNext(1);
    String caseId = start("LOW_INCOME_DISABLED_PARENT");

    assertThat(s.variable(caseId, VAR_CARE_RECORDS_ANSWERED)).isEqualTo("預防接種,就醫地點,托育人員登記管理資訊系統");
    assertThat(s.variable(caseId, VAR_CARE_RECORDS_UNANSWERED)).isEqualTo("全國幼兒園幼生管理系統");
    assertThat(s.variable(caseId, VAR_CARE_RECORDS_SUMMARY)).asString().contains("全國幼兒園幼生管理系統：未回應");
    s.assertThatCase(caseId).isWaitingAt(SOCIAL_VISIT);
  }

  @Test
  void aChildFoundWeeksLaterIsRevisitedWithin10DaysOfTheFindNotBreachedAtOnce() {
    String caseId = missingChildBeingSearchedFor();
    OffsetDateTime found = RECEIVED.plusDays(40);
    at(found);
    s.complete(caseId, POLICE_SEARCH, VAR_CHILD_FOUND, true, VAR_FOUND_COUNTY, "TPE");
    s.complete(caseId, INTERVENE_WHEN_FOUND);

    OffsetDateTime due = OffsetDateTime.parse("2027-01-08T23:59:59+08:00");
    assertThat(s.task(caseId, SOCIAL_VISIT).getDueDate()).isEqualTo(Date.from(due.toInstant()));
    s.pendingUntilThenBreached(caseId, DeadlineCode.AC_SOCIAL_VISIT_10D, due);
  }

  private String start(String source) {
    return s.start(referral(source, child, RECEIVED));
  }

  /** Social affairs found the child missing and reviewed the search at once, no crime suspected: the police search. */
  private String missingChildBeingSearchedFor() {
    String caseId = start("LOW_INCOME_DISABLED_PARENT");
    s.complete(caseId, SOCIAL_VISIT, VAR_VISIT_OUTCOME, "MISSING");
    s.complete(caseId, SEARCH_REVIEW, VAR_SEARCH_DECISION, "CONTINUE", "matchesAdded", "RELATIVES");
    return caseId;
  }

  private String whereaboutsUnknownAfterBirthRegistrationVisit() {
    String caseId = start("BIRTH_REGISTRATION");
    s.complete(caseId, BIRTH_REGISTRATION_VISIT, VAR_SCREENING_OUTCOME, "WHEREABOUTS_UNKNOWN");
    return caseId;
  }

  static String newChildId() {
    return NationalIds.valid('G', '1', SERIAL.getAndIncrement());
  }

}
