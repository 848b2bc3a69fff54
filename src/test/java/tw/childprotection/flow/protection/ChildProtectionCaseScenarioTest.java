package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;
import static tw.childprotection.flow.support.CaseScenario.at;
import static tw.childprotection.flow.protection.ProtectionScenario.report;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.court.CourtFilingType;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.PlatformTest;

/**
 * One scenario per path through childProtectionCase (兒童及少年保護通報及處理辦法 第2–5、10–13、15條), and
 * each of its deadlines one second before and one second after it passes. The placement sub-process
 * has its own test, {@link EmergencyPlacementScenarioTest}.
 */
@PlatformTest
class ChildProtectionCaseScenarioTest extends ProtectionScenarioTest {

  @Autowired EmergencyPlacements placements;

  @Test
  void reportNotOpenedIsRegisteredDispatchedInvestigatedReviewedAndClosed() {
    String caseId = start(Map.of());
    assertThat(s.task(caseId, DISPATCH).getDueDate()).isEqualTo(date(RECEIVED.plusHours(24)));
    assertThat(candidate(caseId, DISPATCH)).isEqualTo("social-worker");

    s.complete(caseId, DISPATCH, "assignedUnits", "SOCIAL", "visitMode", "FACE_TO_FACE");
    assertThat(s.hasTask(caseId, POLICE_JOINT_INVESTIGATION)).isFalse();
    assertThat(candidate(caseId, SAFETY_ASSESSMENT)).isEqualTo("social-worker");
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);

    s.assertThatCase(caseId).isEnded();
    assertThat(protectionInfo.received().stream().filter(r -> r.caseId().equals(caseId)).map(r -> r.type()))
        .containsExactly(ProtectionRecordType.REPORT_RECEIVED, ProtectionRecordType.INVESTIGATION_REPORT,
            ProtectionRecordType.CASE_CLOSED);
    assertThat(s.deadline(caseId, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(s.deadline(caseId, DeadlineCode.CP_INVESTIGATION_4WD).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(police.received()).isEmpty();
  }

  @Test
  void closureReturnedBySupervisorGoesBackForMoreWorkAndIsReviewedAgain() {
    String caseId = start(Map.of());
    s.complete(caseId, DISPATCH);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, false, "closureComment", "請補家訪紀錄");
    assertThat(s.task(caseId, ADDITIONAL_CASE_WORK).getDueDate()).as("a due date (issue 11)").isNotNull();
    assertThat(engine.getTaskService().getVariable(s.task(caseId, ADDITIONAL_CASE_WORK).getId(),
        "closureRefusalReason")).as("the refusal's reason on the task it sends back").isEqualTo("請補家訪紀錄");

    assertThat(candidate(caseId, ADDITIONAL_CASE_WORK)).isEqualTo("social-worker");
    s.complete(caseId, ADDITIONAL_CASE_WORK);
    s.assertThatCase(caseId).isNotEnded();
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);
    s.assertThatCase(caseId).isEnded();
  }

  @Test
  void article2VerbalReportWrittenFormDue24HoursAfterKnowingPendingBeforeBreachedAndEscalatedAfter() {
    OffsetDateTime knownAt = RECEIVED.minusHours(3);
    String caseId = start(Map.of(VAR_VERBAL_FIRST, true, VAR_KNOWN_AT, date(knownAt)));
    OffsetDateTime due = knownAt.plusHours(24);
    assertThat(s.task(caseId, WRITTEN_REPORT).getDueDate()).isEqualTo(date(due));
    assertThat(s.hasTask(caseId, DISPATCH)).as("handling does not wait for the written form").isTrue();

    s.pendingUntilThenBreached(caseId, DeadlineCode.CP_REPORT_24H, due);
    assertThat(candidate(caseId, WRITTEN_REPORT_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
  }

  @Test
  void article2VerbalReportWrittenFormInTimeIsMet() {
    String caseId = start(Map.of(VAR_VERBAL_FIRST, true));
    at(RECEIVED.plusHours(5));
    s.complete(caseId, WRITTEN_REPORT, "writtenReportChannel", "ONLINE");
    assertThat(s.deadline(caseId, DeadlineCode.CP_REPORT_24H).status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void writtenReportNeedsNoWrittenFormTask() {
    String caseId = start(Map.of());
    assertThat(s.hasTask(caseId, WRITTEN_REPORT)).isFalse();
  }

  @Test
  void article15CrimeIsNotifiedToThePoliceOnlyWhenTheyDoNotKnowYet() {
    String unknownToPolice = start(Map.of());
    s.complete(unknownToPolice, DISPATCH, VAR_CRIME_INVOLVED, true, VAR_POLICE_INFORMED, false);
    String knownToPolice = start(Map.of());
    s.complete(knownToPolice, DISPATCH, VAR_CRIME_INVOLVED, true, VAR_POLICE_INFORMED, true);

    assertThat(police.received()).singleElement().satisfies(notice -> {
      assertThat(notice.caseId()).isEqualTo(unknownToPolice);
      assertThat(notice.type()).isEqualTo(PoliceNoticeType.CRIME_NOTIFICATION);
    });
    s.assertThatCase(unknownToPolice).isWaitingAt(SAFETY_ASSESSMENT);
    s.assertThatCase(knownToPolice).isWaitingAt(SAFETY_ASSESSMENT);
  }

  @Test
  void article5PoliceDiscoveredCaseIsHandledDirectlyUnderTheActWithoutInvestigation() {
    String caseId = start(Map.of(VAR_POLICE_DISCOVERED, true, VAR_POLICE_INFORMED, true));
    s.complete(caseId, DISPATCH);

    assertThat(candidate(caseId, DIRECT_MEASURES)).isEqualTo("social-worker");
    assertThat(s.hasTask(caseId, SAFETY_ASSESSMENT)).isFalse();
    s.complete(caseId, DIRECT_MEASURES, "directMeasureArticles", "ART102", VAR_PROTECTION_DECISION, "NOT_OPEN");
    s.assertThatCase(caseId).isWaitingAt(CLOSURE_REVIEW);
    assertThat(s.deadlines(caseId, DeadlineCode.CP_INVESTIGATION_4WD)).isEmpty();
  }

  @Test
  void article5Items1And2AreInvestigatedTogetherWithThePolice() {
    String caseId = start(Map.of(VAR_JOINT_INVESTIGATION, true));
    s.complete(caseId, DISPATCH);

    assertThat(police.received()).singleElement()
        .satisfies(n -> assertThat(n.type()).isEqualTo(PoliceNoticeType.JOINT_INVESTIGATION_REQUEST));
    assertThat(candidate(caseId, POLICE_JOINT_INVESTIGATION)).isEqualTo("police");
    s.assertThatCase(caseId).isWaitingAt(SAFETY_ASSESSMENT);

    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    assertThat(s.hasTask(caseId, CLOSURE_REVIEW)).as("the investigation waits for the police").isFalse();
    s.complete(caseId, POLICE_JOINT_INVESTIGATION, "policeFindings", "CONFIRMED");
    s.assertThatCase(caseId).isWaitingAt(CLOSURE_REVIEW);
  }

  @Test
  void act64FamilyTreatmentPlanWithin3MonthsOfListingPendingOneSecondBeforeAndEscalatedOneSecondAfter() {
    String caseId = openCase(false); // listed Thursday 19 Nov 2026 10:00
    OffsetDateTime due = OffsetDateTime.parse("2027-02-19T23:59:59+08:00");
    assertThat(candidate(caseId, FAMILY_TREATMENT_PLAN)).isEqualTo("social-worker");
    assertThat(s.task(caseId, FAMILY_TREATMENT_PLAN).getDueDate()).isEqualTo(date(due));

    s.pendingUntilThenBreached(caseId, DeadlineCode.CP_FAMILY_PLAN_3M, due);
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_3M).basis()).contains("第64條").contains("第10條");
    assertThat(candidate(caseId, FAMILY_TREATMENT_PLAN_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT_PLAN)).as("the plan is still owed").isTrue();

    s.complete(caseId, FAMILY_TREATMENT_PLAN);
    assertThat(s.hasTask(caseId, FAMILY_SERVICES)).as("the review does not hold up the services").isTrue();
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_3M).status()).isEqualTo(DeadlineStatus.BREACHED);
  }

  @Test
  void act64FamilyTreatmentPlanMadeInTimeIsMet() {
    String caseId = openCase(false);
    at(OffsetDateTime.parse("2027-02-19T23:59:58+08:00"));
    s.complete(caseId, FAMILY_TREATMENT_PLAN, "planSubmittedAt", "2027-02-19");
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_3M).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT_PLAN_OVERDUE_REVIEW)).isFalse();
  }

  @Test
  void article10ChildNeverPlacedGetsFamilyServicesWithoutTheTwoYearReviewOrALongTermPlan() {
    String caseId = openCase(false);
    s.complete(caseId, FAMILY_TREATMENT_PLAN, "planSubmittedAt", "2026-11-19");
    assertThat(candidate(caseId, FAMILY_SERVICES)).isEqualTo("social-worker");
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT)).isFalse();
    assertThat(s.deadlines(caseId, DeadlineCode.CP_FAMILY_PLAN_2Y)).as("Art. 11 is for placed children").isEmpty();

    assertThatThrownBy(() -> s.complete(caseId, FAMILY_SERVICES, VAR_FAMILY_OUTCOME, "NOT_REBUILT"))
        .as("no long-term plan for a child never placed")
        .hasRootCauseInstanceOf(ProtectionFormRejected.class).hasMessageContaining(VAR_FAMILY_OUTCOME);
    assertThatThrownBy(() -> s.complete(caseId, FAMILY_SERVICES, VAR_FAMILY_OUTCOME, "ENDED_OTHERWISE"))
        .hasRootCauseInstanceOf(ProtectionFormRejected.class).hasMessageContaining("familyServicesEndReason");
    s.complete(caseId, FAMILY_SERVICES, VAR_FAMILY_OUTCOME, "REBUILT");
    assertThat(s.hasTask(caseId, LONG_TERM_GUIDANCE_PLAN)).isFalse();
    s.assertThatCase(caseId).isWaitingAt(CLOSURE_REVIEW);
  }

  @Test
  void article11PlacedChildsFamilyNotRebuiltGetsALongTermGuidancePlan() {
    String caseId = openCase(true);
    s.complete(caseId, FAMILY_TREATMENT_PLAN, "planSubmittedAt", "2026-11-19");
    assertThat(s.hasTask(caseId, FAMILY_SERVICES)).isFalse();
    assertThat(candidate(caseId, FAMILY_TREATMENT)).isEqualTo("social-worker");

    s.complete(caseId, FAMILY_TREATMENT, VAR_FAMILY_OUTCOME, "NOT_REBUILT");
    assertThat(candidate(caseId, LONG_TERM_GUIDANCE_PLAN)).isEqualTo("social-worker");
    s.complete(caseId, LONG_TERM_GUIDANCE_PLAN, "longTermPlan", "PERMANENT_PLACEMENT");
    assertThat(s.hasTask(caseId, LONG_TERM_GUIDANCE_PLAN)).isFalse();
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_2Y).status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void article11TwoYearsRunFromTheStartOfThePlacedChildsPlanPendingOneSecondBeforeAndEscalatedAfter() {
    String caseId = openCase(true); // listed 19 Nov 2026; the plan starts three weeks later
    at(OffsetDateTime.parse("2026-12-10T09:00:00+08:00"));
    s.complete(caseId, FAMILY_TREATMENT_PLAN, "planSubmittedAt", "2026-12-10");
    OffsetDateTime due = OffsetDateTime.parse("2028-12-10T23:59:59+08:00");
    assertThat(s.task(caseId, FAMILY_TREATMENT).getDueDate()).isEqualTo(date(due));

    // the placement's own timers (72 hours, follow-up) fall due too: judge only this one
    at(due.minusSeconds(1));
    assertThat(familyPlanTimerDue(caseId)).as("nothing fires one second before").isFalse();
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_2Y).status()).isEqualTo(DeadlineStatus.PENDING);
    at(due.plusSeconds(1));
    assertThat(familyPlanTimerDue(caseId)).isTrue();
    engine.getManagementService().executeJob(familyPlanTimer(caseId).singleResult().getId());
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_2Y).status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(candidate(caseId, FAMILY_PLAN_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT)).as("the plan goes on; the review is still owed").isTrue();
  }

  @Test
  void article11ChildPlacedDuringTheFamilyServicesGetsTheTwoYearReviewFromThePlansStart() {
    String caseId = openCase(false);
    s.complete(caseId, FAMILY_TREATMENT_PLAN, "planSubmittedAt", "2026-11-19");
    at(RECEIVED.plusMonths(2));
    placements.record(caseId, new EmergencyPlacements.PlacementRequest(RECEIVED.plusMonths(2).toString(),
        "OTHER_HARM", false));
    s.runJobs();

    assertThat(s.hasTask(caseId, FAMILY_SERVICES)).isFalse();
    assertThat(candidate(caseId, FAMILY_TREATMENT)).isEqualTo("social-worker");
    assertThat(s.deadline(caseId, DeadlineCode.CP_FAMILY_PLAN_2Y).dueAt())
        .isEqualTo(OffsetDateTime.parse("2028-11-19T23:59:59+08:00").toInstant());
  }

  @Test
  void openedCaseWithEmergencyPlacementRunsThePlacementBesideTheFamilyPlanInTheSameCounty() {
    String caseId = openCase(true);
    ProcessInstance placement = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PLACEMENT_PROCESS_KEY).processInstanceBusinessKey(caseId).singleResult();
    assertThat(placement).isNotNull();
    assertThat(placement.getTenantId()).isEqualTo("TPE");
    assertThat(s.hasTask(caseId, PLACEMENT_ASSESSMENT)).isTrue();
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT_PLAN)).isTrue();
  }

  @Test
  void act58EscortAndForceMajeureHoursDoNotCountInThe72Hours() {
    String caseId = start(Map.of());
    s.complete(caseId, DISPATCH);
    at(RECEIVED.plusHours(7));
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN", VAR_EMERGENCY_PLACEMENT_NEEDED, true,
        VAR_PLACED_AT, "2026-11-19T16:00+08:00", VAR_PLACEMENT_EXCLUDED_HOURS, 5, "placementGround", "OTHER_HARM");

    assertThat(s.task(caseId, PLACEMENT_ASSESSMENT).getDueDate())
        .isEqualTo(date(OffsetDateTime.parse("2026-11-22T21:00:00+08:00"))); // 72 h + 5 h
  }

  @Test
  void article12SchoolTransferWithIdentityKeptConfidentialAndArticle13ProtectionOrderOnAnOpenCase() {
    String caseId = openCase(false);
    engine.getRuntimeService().createMessageCorrelation(MSG_SCHOOL_TRANSFER).processInstanceBusinessKey(caseId)
        .correlate();
    engine.getRuntimeService().createMessageCorrelation(MSG_PROTECTION_ORDER).processInstanceBusinessKey(caseId)
        .correlate();
    s.runJobs();

    assertThat(education.received()).singleElement().satisfies(notice -> {
      assertThat(notice.type()).isEqualTo(SchoolNoticeType.SCHOOL_TRANSFER_REQUEST);
      assertThat(notice.identityConfidential()).isTrue();
    });
    s.complete(caseId, CONFIRM_SCHOOL_TRANSFER, "identityKeptConfidential", true);
    s.complete(caseId, PREPARE_PROTECTION_ORDER, "protectionOrderType", "TEMPORARY");
    assertThat(court.received()).singleElement()
        .satisfies(filing -> assertThat(filing.type()).isEqualTo(CourtFilingType.PROTECTION_ORDER_PETITION));
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT_PLAN)).as("the case goes on").isTrue();
  }

  @Test
  void article4DispatchWithin24HoursPendingOneSecondBeforeAndEscalatedToTheSupervisorOneSecondAfter() {
    String caseId = start(Map.of());
    OffsetDateTime due = RECEIVED.plusHours(24);

    s.pendingUntilThenBreached(caseId, DeadlineCode.CP_DISPATCH_24H, due);
    s.assertThatCase(caseId).isWaitingAt(DISPATCH);
    assertThat(candidate(caseId, DISPATCH_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
  }

  @Test
  void article4InvestigationReportWithin4WorkingDaysAcrossTheWeekend() {
    String caseId = start(Map.of());
    at(RECEIVED.plusHours(2));
    s.complete(caseId, DISPATCH); // accepted Thursday 19 Nov: Fri 20, Mon 23, Tue 24, Wed 25
    investigationDeadlineFiresAt(caseId, OffsetDateTime.parse("2026-11-25T23:59:59+08:00"));
  }

  @Test
  void article4InvestigationReportWithin4WorkingDaysAcrossTheNationalDayHolidayWeekend() {
    OffsetDateTime thursday = OffsetDateTime.parse("2026-10-08T15:00:00+08:00");
    at(thursday);
    String caseId = s.start(report(County.TPE, thursday));
    s.complete(caseId, DISPATCH); // Fri 9 Oct is the National Day holiday: Mon 12, Tue 13, Wed 14, Thu 15
    investigationDeadlineFiresAt(caseId, OffsetDateTime.parse("2026-10-15T23:59:59+08:00"));
  }

  private void investigationDeadlineFiresAt(String caseId, OffsetDateTime due) {
    assertThat(s.task(caseId, SAFETY_ASSESSMENT).getDueDate()).isEqualTo(date(due));

    s.pendingUntilThenBreached(caseId, DeadlineCode.CP_INVESTIGATION_4WD, due);
    assertThat(candidate(caseId, INVESTIGATION_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
    s.assertThatCase(caseId).isWaitingAt(SAFETY_ASSESSMENT);
  }

  private String start(Map<String, Object> overrides) {
    Map<String, Object> variables = report(County.TPE, RECEIVED);
    variables.putAll(overrides);
    return s.start(variables);
  }

  private String openCase(boolean placement) {
    String caseId = start(Map.of());
    s.complete(caseId, DISPATCH);
    if (placement) {
      at(RECEIVED.plusHours(7));
      s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN",
          VAR_EMERGENCY_PLACEMENT_NEEDED, true, VAR_PLACED_AT, "2026-11-19T16:00+08:00",
          "placementGround", "OTHER_HARM");
    } else {
      s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN");
    }
    return caseId;
  }

  /** The CP_FAMILY_PLAN_2Y timer, due now or not. */
  private boolean familyPlanTimerDue(String caseId) {
    return familyPlanTimer(caseId).executable().count() > 0;
  }

  private JobQuery familyPlanTimer(String caseId) {
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult().getId();
    return engine.getManagementService().createJobQuery().processInstanceId(instance).timers()
        .activityId(FAMILY_PLAN_DEADLINE);
  }

  private String candidate(String caseId, String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(s.task(caseId, taskKey).getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).findFirst().orElseThrow();
  }

  private static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }
}
