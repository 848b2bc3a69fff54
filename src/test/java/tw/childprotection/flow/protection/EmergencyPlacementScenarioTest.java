package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;
import static tw.childprotection.flow.protection.ProtectionScenario.at;
import static tw.childprotection.flow.protection.ProtectionScenario.report;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.AgencyNotice;
import tw.childprotection.flow.agencies.court.CourtFilingType;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.deadlines.CaseDeadline;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ConflictException;
import tw.childprotection.flow.validation.InvalidInputException;

/**
 * One scenario per path through emergencyPlacement (兒童及少年保護通報及處理辦法 第6–9條；兒童及少年福利與權益保障法
 * 第56–59條), reached from childProtectionCase, and each of its deadlines one second before and one
 * second after it passes.
 */
@PlatformTest
class EmergencyPlacementScenarioTest extends ProtectionScenarioTest {

  /** The same afternoon the child is placed (本法第56條). */
  static final String PLACED_AT = "2026-11-19T16:00+08:00";
  static final OffsetDateTime PLACED = OffsetDateTime.parse(PLACED_AT);
  /** First continued-placement term (three months, 本法第57條) and its extension. */
  static final String TERM1_ENDS_AT = "2027-02-22T16:00+08:00";
  static final OffsetDateTime TERM1_ENDS = OffsetDateTime.parse(TERM1_ENDS_AT);
  static final String TERM2_ENDS_AT = "2027-05-22T16:00+08:00";
  static final OffsetDateTime TERM2_ENDS = OffsetDateTime.parse(TERM2_ENDS_AT);

  @Autowired PlacementPauses pauses;
  @Autowired EmergencyPlacements placements;

  // --- Art. 6: written notices at placement ------------------------------------------------------

  @Test
  void article6StudentPlacementIsNotifiedToCourtPoliceAndSchoolConfidentiallyAndParentsByTheSocialWorker() {
    String caseId = place(true);

    assertThat(filings(caseId)).singleElement().satisfies(filing -> {
      assertThat(filing.type()).isEqualTo(CourtFilingType.PLACEMENT_NOTICE);
      assertThat(filing.county()).isEqualTo("TPE");
      assertThat(filing.details()).containsEntry(VAR_PLACED_AT, PLACED_AT)
          .containsEntry("placementGround", "ABANDONED_ABUSED").containsEntry("childNationalId", "A123456789");
    });
    assertThat(policeNotices(caseId)).singleElement().satisfies(notice -> {
      assertThat(notice.type()).isEqualTo(PoliceNoticeType.PLACEMENT_NOTICE);
      assertThat(notice.details()).containsEntry(VAR_PLACED_AT, PLACED_AT);
    });
    assertThat(schoolNotices(caseId)).singleElement().satisfies(notice -> {
      assertThat(notice.type()).isEqualTo(SchoolNoticeType.PLACEMENT_NOTICE);
      assertThat(notice.identityConfidential()).as("Art. 6: the child's identity is kept confidential").isTrue();
    });
    assertThat(candidate(caseId, NOTIFY_PARENTS)).isEqualTo("social-worker");
    assertThat(candidate(caseId, PLACEMENT_ASSESSMENT)).isEqualTo("social-worker");
    assertThat(engine.getRuntimeService().getVariable(placement(caseId).getId(),
        NOTIFY_COURT_OF_PLACEMENT + "Reference")).isEqualTo("COURT-TPE-000001");
  }

  @Test
  void article6PlacementOfAChildWhoIsNotAStudentSendsNoSchoolNotice() {
    String caseId = place(false);

    assertThat(filings(caseId)).extracting(AgencyNotice::type).containsExactly(CourtFilingType.PLACEMENT_NOTICE);
    assertThat(policeNotices(caseId)).extracting(AgencyNotice::type)
        .containsExactly(PoliceNoticeType.PLACEMENT_NOTICE);
    assertThat(schoolNotices(caseId)).isEmpty();
    assertThat(s.hasTask(caseId, NOTIFY_PARENTS)).isTrue();
  }

  // --- Art. 7: 72 hours ----------------------------------------------------------------------------

  @Test
  void article7PlacementAssessmentDue72HoursAfterPlacementPendingBeforeBreachedAndEscalatedAfter() {
    String caseId = place(false);
    OffsetDateTime due = PLACED.plusHours(72);
    assertThat(s.task(caseId, PLACEMENT_ASSESSMENT).getDueDate()).isEqualTo(date(due));
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).dueAt()).isEqualTo(due.toInstant());

    at(due.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(s.hasTask(caseId, PLACEMENT_OVERDUE_REVIEW)).isFalse();

    at(due.plusSeconds(1));
    assertThat(s.dueTimers(caseId)).extracting(Job::getProcessInstanceId)
        .containsExactly(placement(caseId).getId());
    s.fireDueTimers(caseId);
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(candidate(caseId, PLACEMENT_OVERDUE_REVIEW)).as("the supervisor is told").isEqualTo("social-supervisor");
    assertThat(s.hasTask(caseId, PLACEMENT_ASSESSMENT)).as("Act Art. 57: no more assessing past 72 hours").isFalse();
    assertThat(candidate(caseId, PLACEMENT_EXPIRED_DECISION)).as("the choice, at once").isEqualTo("social-worker");
    assertThat(s.task(caseId, PLACEMENT_EXPIRED_DECISION).getDueDate()).isBeforeOrEqualTo(date(due.plusSeconds(1)));
  }

  @Test
  void act57PastThe72HoursWithoutPetitionTheWorkerPetitionsAtOnceAndTheCourtRules() {
    String caseId = place(false);
    at(PLACED.plusHours(72).plusSeconds(1));
    s.fireDueTimers(caseId);
    s.complete(caseId, PLACEMENT_EXPIRED_DECISION, VAR_PLACEMENT_DECISION, "CONTINUE",
        "placementExpiredNote", "法院收狀延誤，立即補行聲請");

    assertThat(filings(caseId)).extracting(AgencyNotice::type)
        .containsExactly(CourtFilingType.PLACEMENT_NOTICE, CourtFilingType.CONTINUED_PLACEMENT_PETITION);
    assertThat(candidate(caseId, RECORD_COURT_RULING)).isEqualTo("social-worker");
    assertThat(s.task(caseId, RECORD_COURT_RULING).getDueDate()).as("a due date (issue 11)").isNotNull();
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.BREACHED);
  }

  @Test
  void act57PastThe72HoursWithoutPetitionTheWorkerMayReturnTheChildAtOnce() {
    String caseId = place(false);
    at(PLACED.plusHours(72).plusSeconds(1));
    s.fireDueTimers(caseId);
    s.complete(caseId, PLACEMENT_EXPIRED_DECISION, VAR_PLACEMENT_DECISION, "RETURN", "placementExpiredNote", "返家");
    assertThat(candidate(caseId, RETURN_CHILD)).isEqualTo("social-worker");
    assertThat(filings(caseId)).extracting(AgencyNotice::type).containsExactly(CourtFilingType.PLACEMENT_NOTICE);
  }

  @Test
  void act58IntervalsRecordedAsTheyOccurEachMoveThe72HoursWithTheirReasonsKept() {
    String caseId = place(false);
    at(PLACED.plusHours(10));
    pauses.record(caseId, new PlacementPauses.PauseRequest(PLACED.plusHours(1).toString(),
        PLACED.plusHours(4).toString(), "ESCORT", "護送至安置機構途中"), "social.tpe");
    at(PLACED.plusHours(30));
    PlacementPauses.Recorded recorded = pauses.record(caseId, new PlacementPauses.PauseRequest(
        PLACED.plusHours(20).toString(), PLACED.plusHours(21).plusMinutes(30).toString(), "TRAFFIC", "颱風封路"),
        "social.tpe");

    OffsetDateTime due = PLACED.plusHours(72 + 3).plusHours(1).plusMinutes(30);
    assertThat(recorded.dueAt()).isEqualTo(due.toInstant());
    assertThat(recorded.pauses()).extracting(PlacementClock.Pause::reason).containsExactly("ESCORT", "TRAFFIC");
    assertThat(recorded.pauses()).extracting(PlacementClock.Pause::note).contains("颱風封路");
    assertThat(s.task(caseId, PLACEMENT_ASSESSMENT).getDueDate()).isEqualTo(date(due));
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).dueAt()).isEqualTo(due.toInstant());
    s.pendingUntilThenBreached(caseId, DeadlineCode.CP_PLACEMENT_72H, due);
  }

  @Test
  void act58IntervalsAreRefusedInTheFutureOverlappingWithoutReasonOrOnceThe72HoursAreOver() {
    String caseId = place(false);
    at(PLACED.plusHours(10));
    pauses.record(caseId, new PlacementPauses.PauseRequest(PLACED.plusHours(1).toString(),
        PLACED.plusHours(4).toString(), "ESCORT", "護送途中"), "social.tpe");
    assertThatThrownBy(() -> pauses.record(caseId, new PlacementPauses.PauseRequest(PLACED.plusHours(9).toString(),
        PLACED.plusHours(11).toString(), "ESCORT", "護送途中"), "social.tpe"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(ApiError::code).containsExactly("IN_FUTURE"));
    assertThatThrownBy(() -> pauses.record(caseId, new PlacementPauses.PauseRequest(PLACED.plusHours(3).toString(),
        PLACED.plusHours(5).toString(), "FORCE_MAJEURE", null), "social.tpe"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(ApiError::code).containsExactlyInAnyOrder("OVERLAPS", "REQUIRED"));

    at(PLACED.plusHours(75).plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThatThrownBy(() -> pauses.record(caseId, new PlacementPauses.PauseRequest(PLACED.plusHours(40).toString(),
        PLACED.plusHours(41).toString(), "TRAFFIC", "事後補登"), "social.tpe"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void articles7And9ContinuedPlacementEndedMidTermReturnsTheChildTellsTheSchoolAndStartsTheFollowUp() {
    String caseId = grantedTerm(true);
    at(OffsetDateTime.parse("2026-12-10T10:00+08:00"));
    assertThatThrownBy(() -> placements.end(caseId, new EmergencyPlacements.EndRequest("BORED", null)))
        .isInstanceOf(InvalidInputException.class);

    placements.end(caseId, new EmergencyPlacements.EndRequest("CAUSE_ENDED", "父親已完成親職教育，家庭功能恢復"));
    s.runJobs();
    assertThat(s.hasTask(caseId, EXTENSION_ASSESSMENT)).as("the term is over").isFalse();
    s.complete(caseId, RETURN_CHILD, "returnedTo", "PARENT", "returnedAt", "2026-12-10T09:00+08:00",
        "placementEndReason", "CAUSE_ENDED");

    assertThat(schoolNotices(caseId)).extracting(AgencyNotice::type).containsExactly(
        SchoolNoticeType.PLACEMENT_NOTICE, SchoolNoticeType.PLACEMENT_RESULT, SchoolNoticeType.PLACEMENT_RESULT);
    assertThat(candidate(caseId, FOLLOW_UP_REPORT)).as("Art. 9 follow-up starts").isEqualTo("social-worker");
    assertThatThrownBy(() -> placements.end(caseId, new EmergencyPlacements.EndRequest("REVOKED", "x")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void article7SchoolIsToldOfTheContinuedPlacementTheCourtGranted() {
    String caseId = grantedTerm(true);

    assertThat(schoolNotices(caseId)).extracting(AgencyNotice::type)
        .containsExactly(SchoolNoticeType.PLACEMENT_NOTICE, SchoolNoticeType.PLACEMENT_RESULT);
  }

  @Test
  void act58ExcludedHoursMoveThe72HourDeadlinePendingBeforeBreachedAfter() {
    String caseId = start();
    s.complete(caseId, DISPATCH);
    at(PLACED);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN", VAR_EMERGENCY_PLACEMENT_NEEDED, true,
        VAR_PLACED_AT, PLACED_AT, VAR_PLACEMENT_EXCLUDED_HOURS, 5, VAR_CHILD_IS_STUDENT, false,
        "placementGround", "ABANDONED_ABUSED");
    OffsetDateTime due = PLACED.plusHours(72 + 5); // escort in transit: 5 hours do not count
    assertThat(s.task(caseId, PLACEMENT_ASSESSMENT).getDueDate()).isEqualTo(date(due));

    at(due.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.PENDING);

    at(due.plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(candidate(caseId, PLACEMENT_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
  }

  @Test
  void article7PlacementAssessedWithin72HoursIsMet() {
    String caseId = place(false);
    at(PLACED.plusHours(72).minusMinutes(1));
    s.complete(caseId, PLACEMENT_ASSESSMENT, VAR_PLACEMENT_DECISION, "RETURN",
        "placementAssessmentNote", "安置原因已消滅");

    CaseDeadline deadline = s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H);
    assertThat(deadline.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline.completedAt()).isEqualTo(PLACED.plusHours(72).minusMinutes(1).toInstant());
    assertThat(s.hasTask(caseId, PLACEMENT_OVERDUE_REVIEW)).isFalse();
    at(PLACED.plusHours(73));
    assertThat(s.dueTimers(caseId)).as("the 72-hour timer went with the assessment").isEmpty();
  }

  @Test
  void article7CauseEndedChildIsReturnedTheSchoolToldTheResultAndFollowUpBegins() {
    String caseId = place(true);
    at(PLACED.plusHours(30));
    s.complete(caseId, PLACEMENT_ASSESSMENT, VAR_PLACEMENT_DECISION, "RETURN",
        "placementAssessmentNote", "安置原因已消滅");

    assertThat(candidate(caseId, RETURN_CHILD)).isEqualTo("social-worker");
    assertThat(s.hasTask(caseId, FOLLOW_UP_REPORT)).isFalse();
    assertThat(schoolNotices(caseId)).extracting(AgencyNotice::type)
        .as("no result before the child is returned").containsExactly(SchoolNoticeType.PLACEMENT_NOTICE);
    assertThat(filings(caseId)).extracting(AgencyNotice::type)
        .as("no petition when the child goes home").containsExactly(CourtFilingType.PLACEMENT_NOTICE);

    s.complete(caseId, RETURN_CHILD, "returnedTo", "PARENT", "returnedAt", "2026-11-20T22:00+08:00",
        "placementEndReason", "CAUSE_ENDED");

    assertThat(schoolNotices(caseId)).extracting(AgencyNotice::type)
        .containsExactly(SchoolNoticeType.PLACEMENT_NOTICE, SchoolNoticeType.PLACEMENT_RESULT);
    assertThat(schoolNotices(caseId).get(1)).satisfies(notice -> {
      assertThat(notice.identityConfidential()).isTrue();
      assertThat(notice.details()).containsEntry("placementEndReason", "CAUSE_ENDED")
          .containsEntry("returnedAt", "2026-11-20T22:00+08:00");
    });
    assertThat(candidate(caseId, FOLLOW_UP_REPORT)).isEqualTo("social-worker");
    assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).status()).isEqualTo(DeadlineStatus.PENDING);
  }

  @Test
  void article7ChildWhoIsNotAStudentIsReturnedWithoutASchoolNotice() {
    String caseId = place(false);
    s.complete(caseId, PLACEMENT_ASSESSMENT, VAR_PLACEMENT_DECISION, "RETURN");
    s.complete(caseId, RETURN_CHILD, "placementEndReason", "CAUSE_ENDED");

    assertThat(schoolNotices(caseId)).isEmpty();
    assertThat(s.hasTask(caseId, FOLLOW_UP_REPORT)).isTrue();
  }

  @Test
  void article7ContinuedPlacementIsPetitionedAndTheCourtRefusingItReturnsTheChild() {
    String caseId = place(false);
    at(PLACED.plusHours(48));
    s.complete(caseId, PLACEMENT_ASSESSMENT, VAR_PLACEMENT_DECISION, "CONTINUE",
        "placementAssessmentNote", "安置原因持續，無法返家");

    assertThat(filings(caseId)).extracting(AgencyNotice::type)
        .containsExactly(CourtFilingType.PLACEMENT_NOTICE, CourtFilingType.CONTINUED_PLACEMENT_PETITION);
    assertThat(filings(caseId).get(1).details()).containsEntry("placementAssessmentNote", "安置原因持續，無法返家")
        .containsEntry(VAR_PLACED_AT, PLACED_AT);
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(candidate(caseId, RECORD_COURT_RULING)).isEqualTo("social-worker");
    assertThat(s.hasTask(caseId, RETURN_CHILD)).isFalse();

    at(OffsetDateTime.parse("2026-11-23T11:00+08:00"));
    s.complete(caseId, RECORD_COURT_RULING, VAR_COURT_RULING, "REFUSED", "rulingDate", "2026-11-23T10:00+08:00",
        "rulingCaseNumber", "115年度護字第1號");

    assertThat(candidate(caseId, RETURN_CHILD)).isEqualTo("social-worker");
    assertThat(s.hasTask(caseId, CARE_REPORT)).isFalse();
    assertThat(s.hasTask(caseId, EXTENSION_ASSESSMENT)).isFalse();
  }

  // --- Art. 8 and 本法第57條: continued placement terms ---------------------------------------------

  @Test
  void article8GrantedTermAsksForACareReportToTheCourtAndAnExtensionAssessment15DaysBeforeItEnds() {
    String caseId = grantedTerm();

    assertThat(candidate(caseId, CARE_REPORT)).isEqualTo("social-worker");
    assertThat(candidate(caseId, EXTENSION_ASSESSMENT)).isEqualTo("social-worker");
    assertThat(s.task(caseId, EXTENSION_ASSESSMENT).getDueDate()).isEqualTo(date(TERM1_ENDS.minusDays(15)));
    assertThat(s.deadline(caseId, DeadlineCode.CP_EXTENSION_EVAL_15D).dueAt())
        .isEqualTo(TERM1_ENDS.minusDays(15).toInstant());
    assertThat(s.hasTask(caseId, RETURN_CHILD)).isFalse();

    at(OffsetDateTime.parse("2026-12-20T11:00+08:00"));
    s.complete(caseId, CARE_REPORT, "careReportDate", "2026-12-20T10:00+08:00", "childCondition", "STABLE",
        "careReportSummary", "適應良好");

    assertThat(filings(caseId)).extracting(AgencyNotice::type).containsExactly(CourtFilingType.PLACEMENT_NOTICE,
        CourtFilingType.CONTINUED_PLACEMENT_PETITION, CourtFilingType.CARE_REPORT);
    assertThat(filings(caseId).get(2).details()).containsEntry("childCondition", "STABLE")
        .containsEntry("rulingCaseNumber", "115年度護字第1號");
    assertThat(s.hasTask(caseId, CARE_REPORT)).isFalse();
    assertThat(s.hasTask(caseId, EXTENSION_ASSESSMENT)).as("the term goes on").isTrue();
  }

  @Test
  void article8ExtensionAssessment15DaysBeforeTheTermEndsPendingBeforeBreachedAndEscalatedAfter() {
    String caseId = grantedTerm();
    OffsetDateTime due = TERM1_ENDS.minusDays(15);

    at(due.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    assertThat(s.deadline(caseId, DeadlineCode.CP_EXTENSION_EVAL_15D).status()).isEqualTo(DeadlineStatus.PENDING);

    at(due.plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThat(s.deadline(caseId, DeadlineCode.CP_EXTENSION_EVAL_15D).status())
        .isEqualTo(DeadlineStatus.BREACHED);
    assertThat(candidate(caseId, EXTENSION_ASSESSMENT_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
    assertThat(s.hasTask(caseId, EXTENSION_ASSESSMENT)).as("the assessment is still owed").isTrue();
  }

  @Test
  void article8ExtensionPetition7DaysBeforeTheTermEndsPendingBeforeBreachedAndEscalatedAfter() {
    String caseId = grantedTerm();
    at(TERM1_ENDS.minusDays(20));
    s.complete(caseId, EXTENSION_ASSESSMENT, VAR_EXTEND_PLACEMENT, true, "extensionAssessmentNote", "仍需安置");
    OffsetDateTime due = TERM1_ENDS.minusDays(7);
    assertThat(candidate(caseId, EXTENSION_PETITION)).isEqualTo("social-worker");
    assertThat(s.task(caseId, EXTENSION_PETITION).getDueDate()).isEqualTo(date(due));

    at(due.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    assertThat(s.deadline(caseId, DeadlineCode.CP_EXTENSION_PETITION_7D).status())
        .isEqualTo(DeadlineStatus.PENDING);

    at(due.plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThat(s.deadline(caseId, DeadlineCode.CP_EXTENSION_PETITION_7D).status())
        .isEqualTo(DeadlineStatus.BREACHED);
    assertThat(candidate(caseId, EXTENSION_PETITION_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
    assertThat(s.hasTask(caseId, EXTENSION_PETITION)).as("the petition is still owed").isTrue();
    assertThat(filings(caseId)).extracting(AgencyNotice::type).doesNotContain(CourtFilingType.EXTENSION_PETITION);
  }

  @Test
  void article8ExtensionPetitionedInTimeIsRuledOnAgainAndTheSecondTermEndsWithTheChildReturned() {
    String caseId = grantedTerm();
    at(OffsetDateTime.parse("2026-12-20T11:00+08:00"));
    s.complete(caseId, CARE_REPORT, "careReportDate", "2026-12-20T10:00+08:00", "childCondition", "STABLE",
        "careReportSummary", "適應良好");

    // First term: assessed 16 days before it ends, petitioned 8 days before.
    at(TERM1_ENDS.minusDays(16));
    s.complete(caseId, EXTENSION_ASSESSMENT, VAR_EXTEND_PLACEMENT, true, "extensionAssessmentNote", "仍需安置");
    assertThat(s.deadline(caseId, DeadlineCode.CP_EXTENSION_EVAL_15D).status()).isEqualTo(DeadlineStatus.MET);
    at(TERM1_ENDS.minusDays(8));
    s.complete(caseId, EXTENSION_PETITION, "extensionPetitionDate", "2027-02-14T10:00+08:00",
        "extensionReason", "FAMILY_NOT_READY");

    assertThat(s.deadline(caseId, DeadlineCode.CP_EXTENSION_PETITION_7D).status()).isEqualTo(DeadlineStatus.MET);
    AgencyNotice<CourtFilingType> petition = filings(caseId).get(filings(caseId).size() - 1);
    assertThat(petition.type()).isEqualTo(CourtFilingType.EXTENSION_PETITION);
    assertThat(petition.details()).containsEntry(VAR_TERM_ENDS_AT, TERM1_ENDS_AT)
        .containsEntry("extensionReason", "FAMILY_NOT_READY");
    assertThat(candidate(caseId, RECORD_COURT_RULING)).as("back to the court's ruling").isEqualTo("social-worker");
    assertThat(s.hasTask(caseId, EXTENSION_ASSESSMENT)).isFalse();
    assertThat(s.hasTask(caseId, RETURN_CHILD)).isFalse();

    // Second term: the court extends by three months.
    at(TERM1_ENDS.minusDays(3));
    s.complete(caseId, RECORD_COURT_RULING, VAR_COURT_RULING, "GRANTED", "rulingDate", "2027-02-19T10:00+08:00",
        VAR_TERM_ENDS_AT, TERM2_ENDS_AT, "rulingCaseNumber", "116年度護字第2號");

    List<CaseDeadline> evaluations = s.deadlines(caseId, DeadlineCode.CP_EXTENSION_EVAL_15D);
    assertThat(evaluations).as("each term has its own 15-day deadline").hasSize(2);
    assertThat(evaluations.get(0).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(evaluations.get(0).dueAt()).isEqualTo(TERM1_ENDS.minusDays(15).toInstant());
    assertThat(evaluations.get(1).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(evaluations.get(1).dueAt()).isEqualTo(TERM2_ENDS.minusDays(15).toInstant());
    assertThat(s.task(caseId, EXTENSION_ASSESSMENT).getDueDate()).isEqualTo(date(TERM2_ENDS.minusDays(15)));

    at(OffsetDateTime.parse("2027-03-20T11:00+08:00"));
    s.complete(caseId, CARE_REPORT, "careReportDate", "2027-03-20T10:00+08:00", "childCondition", "STABLE",
        "careReportSummary", "持續適應");
    assertThat(filings(caseId)).extracting(AgencyNotice::type).as("each term's report is its own filing")
        .filteredOn(type -> type == CourtFilingType.CARE_REPORT).hasSize(2);

    at(TERM2_ENDS.minusDays(20));
    s.complete(caseId, EXTENSION_ASSESSMENT, VAR_EXTEND_PLACEMENT, false, "extensionAssessmentNote", "可返家");
    assertThat(s.deadlines(caseId, DeadlineCode.CP_EXTENSION_EVAL_15D)).extracting(CaseDeadline::status)
        .containsExactly(DeadlineStatus.MET, DeadlineStatus.MET);
    assertThat(s.deadlines(caseId, DeadlineCode.CP_EXTENSION_PETITION_7D)).as("no petition in the second term")
        .hasSize(1);
    assertThat(s.hasTask(caseId, EXTENSION_PETITION)).isFalse();

    // The placement runs to the end of the term (TERM_ENDS), then the child goes home.
    Job termEnds = engine.getManagementService().createJobQuery().processInstanceId(placement(caseId).getId())
        .activityId(TERM_ENDS).singleResult();
    assertThat(termEnds).isNotNull();
    assertThat(termEnds.getDuedate()).isEqualTo(date(TERM2_ENDS));

    at(TERM2_ENDS.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    assertThat(s.hasTask(caseId, RETURN_CHILD)).isFalse();

    at(TERM2_ENDS.plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThat(candidate(caseId, RETURN_CHILD)).isEqualTo("social-worker");
    assertThat(s.hasTask(caseId, RECORD_COURT_RULING)).isFalse();
    assertThat(filings(caseId)).extracting(AgencyNotice::type).containsExactly(CourtFilingType.PLACEMENT_NOTICE,
        CourtFilingType.CONTINUED_PLACEMENT_PETITION, CourtFilingType.CARE_REPORT,
        CourtFilingType.EXTENSION_PETITION, CourtFilingType.CARE_REPORT);
  }

  // --- Art. 9: at least one year of follow-up ---------------------------------------------------------

  @Test
  void article9FollowUpRunsAtLeastOneYearWithReportsEveryThreeMonthsThenThePlacementCloses() {
    String caseId = place(false);
    s.complete(caseId, NOTIFY_PARENTS, "parentNotice", "NOTIFIED", "parentNotifiedAt", PLACED_AT,
        "parentNoticeMethod", "PHONE");
    OffsetDateTime returned = PLACED.plusHours(48);
    at(returned);
    returnChild(caseId);
    String placementId = placement(caseId).getId();
    // Started 2026-11-21 16:00: one year is the end of 2027-11-21, Taipei time.
    OffsetDateTime yearEnds = OffsetDateTime.parse("2027-11-21T23:59:59+08:00");
    assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).dueAt()).isEqualTo(yearEnds.toInstant());
    assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).startedAt()).isEqualTo(returned.toInstant());

    OffsetDateTime reportedAt = returned.plusDays(1);
    for (int report = 1; report <= 4; report++) {
      at(reportedAt);
      s.complete(caseId, FOLLOW_UP_REPORT, "followUpVisitedAt", reportedAt.toString(), "followUpAssessment",
          "SAFE", VAR_FOLLOW_UP_OUTCOME, "CONTINUE");
      Job interval = engine.getManagementService().createJobQuery().processInstanceId(placementId)
          .activityId(FOLLOW_UP_INTERVAL).singleResult();
      assertThat(interval).as("waiting three months after report " + report).isNotNull();
      assertThat(interval.getDuedate()).isEqualTo(date(reportedAt.plusMonths(3)));
      assertThat(s.hasTask(caseId, FOLLOW_UP_REPORT)).isFalse();
      if (report == 4) {
        break; // the fourth interval would end after the year
      }
      at(reportedAt.plusMonths(3).minusSeconds(1));
      assertThat(s.dueTimers(caseId)).isEmpty();
      reportedAt = reportedAt.plusMonths(3).plusSeconds(1);
      at(reportedAt);
      s.fireDueTimers(caseId);
      assertThat(candidate(caseId, FOLLOW_UP_REPORT)).as("report " + (report + 1)).isEqualTo("social-worker");
      assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).status()).isEqualTo(DeadlineStatus.PENDING);
    }

    at(yearEnds.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(placement(caseId)).isNotNull();

    at(yearEnds.plusSeconds(1));
    assertThat(s.dueTimers(caseId)).extracting(Job::getProcessInstanceId).containsExactly(placementId);
    s.fireDueTimers(caseId);
    CaseDeadline followUp = s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y);
    assertThat(followUp.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(followUp.breachedAt()).isNull();
    assertThat(placement(caseId)).as("Art. 9 is a minimum: the follow-up goes on past the year").isNotNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(placementId)
        .activityId(FOLLOW_UP_INTERVAL).count()).as("the next report is still planned").isEqualTo(1);

    at(reportedAt.plusMonths(3).plusSeconds(1));
    s.fireDueTimers(caseId);
    s.complete(caseId, FOLLOW_UP_REPORT, "followUpVisitedAt", reportedAt.plusMonths(3).toString(),
        "followUpAssessment", "SAFE", VAR_FOLLOW_UP_OUTCOME, "END");
    assertThat(placement(caseId)).as("the worker ended it after the year").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(placementId)
        .activityId(PLACEMENT_CLOSED).finished().count()).isEqualTo(1);
    assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT)).as("the case itself goes on").isTrue();
  }

  @Test
  void article9EndingTheFollowUpBeforeTheYearAsIfItWereOverIsRefused() {
    String caseId = place(false);
    at(PLACED.plusHours(48));
    returnChild(caseId);
    at(PLACED.plusDays(3));
    assertThatThrownBy(() -> s.complete(caseId, FOLLOW_UP_REPORT, "followUpAssessment", "SAFE",
        VAR_FOLLOW_UP_OUTCOME, "END")).hasRootCauseInstanceOf(ProtectionFormRejected.class)
        .hasMessageContaining("END_EARLY");
    assertThat(s.hasTask(caseId, FOLLOW_UP_REPORT)).isTrue();
  }

  @Test
  void article9FollowUpEndedBeforeOneYearWithTheSupervisorsConsentIsBreached() {
    String caseId = place(false);
    s.complete(caseId, NOTIFY_PARENTS, "parentNotice", "NO_PARENT_OR_GUARDIAN", "parentNoticeReason", "無");
    at(PLACED.plusHours(48));
    returnChild(caseId);
    String placementId = placement(caseId).getId();
    s.complete(caseId, FOLLOW_UP_REPORT, "followUpAssessment", "SAFE", VAR_FOLLOW_UP_OUTCOME, "CONTINUE");
    OffsetDateTime secondReport = PLACED.plusHours(48).plusMonths(3).plusMinutes(1);
    at(secondReport);
    s.fireDueTimers(caseId);

    s.complete(caseId, FOLLOW_UP_REPORT, "followUpAssessment", "SAFE", VAR_FOLLOW_UP_OUTCOME, "END_EARLY",
        "followUpEndReason", "遷居國外");
    assertThat(s.candidate(caseId, FOLLOW_UP_EARLY_END_REVIEW)).isEqualTo("social-supervisor");
    assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).status()).as("not ended yet")
        .isEqualTo(DeadlineStatus.PENDING);
    s.complete(caseId, FOLLOW_UP_EARLY_END_REVIEW, VAR_FOLLOW_UP_EARLY_END_APPROVED, true);

    CaseDeadline followUp = s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y);
    assertThat(followUp.status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(followUp.breachedAt()).isEqualTo(secondReport.toInstant());
    assertThat(placement(caseId)).as("the placement instance has ended").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(placementId)
        .activityId(PLACEMENT_CLOSED).finished().count()).isEqualTo(1);
  }

  @Test
  void article9EndingFollowUpEarlyRefusedByTheSupervisorGoesOnWithTheNextReportInThreeMonths() {
    String caseId = place(false);
    s.complete(caseId, NOTIFY_PARENTS, "parentNotice", "NO_PARENT_OR_GUARDIAN", "parentNoticeReason", "無");
    at(PLACED.plusHours(48));
    returnChild(caseId);
    s.complete(caseId, FOLLOW_UP_REPORT, "followUpAssessment", "SAFE", VAR_FOLLOW_UP_OUTCOME, "END_EARLY",
        "followUpEndReason", "家長拒絕");
    s.complete(caseId, FOLLOW_UP_EARLY_END_REVIEW, VAR_FOLLOW_UP_EARLY_END_APPROVED, false);

    assertThat(s.deadline(caseId, DeadlineCode.CP_FOLLOWUP_1Y).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(s.hasTask(caseId, FOLLOW_UP_REPORT)).isFalse();
    at(PLACED.plusHours(48).plusMonths(3).plusMinutes(1));
    s.fireDueTimers(caseId);
    assertThat(s.candidate(caseId, FOLLOW_UP_REPORT)).isEqualTo("social-worker");
  }

  // --- Agency outage: retries, incident, recovery --------------------------------------------------

  @Test
  void article6CourtUnavailableRetriesThenRaisesAnIncidentAndOneFilingIsMadeOnceItIsBack() {
    String caseId = start();
    s.complete(caseId, DISPATCH);
    court.failNext(5);
    at(PLACED);
    // Completed without the helper: it runs the court's job, which is meant to fail here.
    engine.getTaskService().complete(s.task(caseId, SAFETY_ASSESSMENT).getId(), Map.of(
        VAR_PROTECTION_DECISION, "OPEN", VAR_EMERGENCY_PLACEMENT_NEEDED, true, VAR_PLACED_AT, PLACED_AT,
        VAR_CHILD_IS_STUDENT, false, "placementGround", "ABANDONED_ABUSED"));
    ManagementService management = engine.getManagementService();
    String caseInstanceId = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult().getId();
    while (placement(caseId) == null) { // the case's own steps up to the placement, one at a time
      Job next = management.createJobQuery().processInstanceId(caseInstanceId).executable().messages().list()
          .stream().findFirst().orElseThrow(() -> new AssertionError("the placement never started"));
      management.executeJob(next.getId());
    }
    String placementId = placement(caseId).getId();
    Job job = courtJob(placementId);
    assertThat(job).isNotNull();

    String jobId = job.getId();
    // R5/PT10M: the first failure sets five retries and uses one; each further failure uses one more.
    int[] retriesLeft = {4, 3, 2, 1, 0};
    for (int attempt = 0; attempt < retriesLeft.length; attempt++) {
      assertThat(catchThrowable(() -> management.executeJob(jobId))).as("attempt " + (attempt + 1))
          .hasMessageContaining("unavailable");
      job = courtJob(placementId);
      assertThat(job.getId()).isEqualTo(jobId);
      assertThat(job.getRetries()).as("retries after attempt " + (attempt + 1)).isEqualTo(retriesLeft[attempt]);
      if (attempt == 0) {
        assertThat(job.getDuedate()).as("next try in ten minutes").isEqualTo(date(PLACED.plusMinutes(10)));
        s.runJobs(); // the other notices are not held up by the court
      }
    }

    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(placementId).list();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getActivityId()).isEqualTo(NOTIFY_COURT_OF_PLACEMENT);
      assertThat(incident.getConfiguration()).isEqualTo(jobId);
    });
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(caseInstanceId).list())
        .as("the case shows it too, on its placement").singleElement()
        .satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo(PLACEMENT));
    assertThat(engine.getRuntimeService().getActivityInstance(placementId)
        .getTransitionInstances(NOTIFY_COURT_OF_PLACEMENT)).as("still waiting to notify the court").hasSize(1);
    assertThat(filings(caseId)).isEmpty();
    assertThat(policeNotices(caseId)).extracting(AgencyNotice::type)
        .containsExactly(PoliceNoticeType.PLACEMENT_NOTICE);
    assertThat(s.hasTask(caseId, PLACEMENT_ASSESSMENT)).isTrue();

    // The court is back (the five failures asked for are used up), and the last attempt had in fact
    // reached it: only its answer was lost. An operator retries once.
    String idempotencyKey = placementId + ":" + NOTIFY_COURT_OF_PLACEMENT + ":1";
    String reference = court.send(new AgencyNotice<>(idempotencyKey, caseId, "TPE", CourtFilingType.PLACEMENT_NOTICE,
        Map.of(VAR_PLACED_AT, PLACED_AT))).reference();
    management.setJobRetries(jobId, 1);
    management.executeJob(jobId);

    assertThat(filings(caseId)).as("the retry was recognised, not filed twice").singleElement()
        .satisfies(filing -> assertThat(filing.idempotencyKey()).isEqualTo(idempotencyKey));
    assertThat(courtJob(placementId)).isNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(placementId).count()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(caseInstanceId).count())
        .isZero();
    assertThat(engine.getRuntimeService().getVariable(placementId, NOTIFY_COURT_OF_PLACEMENT + "Reference"))
        .isEqualTo(reference);
    assertThat(s.hasTask(caseId, PLACEMENT_ASSESSMENT)).isTrue();
  }

  // --- helpers ---------------------------------------------------------------------------------------

  private String start() {
    return s.start(report(County.TPE, RECEIVED));
  }

  /** A case opened with an emergency placement that afternoon (本法第56條). */
  private String place(boolean student) {
    String caseId = start();
    s.complete(caseId, DISPATCH);
    at(PLACED);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN", VAR_EMERGENCY_PLACEMENT_NEEDED, true,
        VAR_PLACED_AT, PLACED_AT, "placementGround", "ABANDONED_ABUSED", VAR_CHILD_IS_STUDENT, student);
    assertThat(placement(caseId)).as("placement started").isNotNull();
    s.complete(caseId, FAMILY_TREATMENT_PLAN); // the plan at once (本法第64條), so its 3 months stay out of the way
    return caseId;
  }

  /** Placed, petitioned within 72 hours and granted a first term ending {@link #TERM1_ENDS}. */
  private String grantedTerm() {
    return grantedTerm(false);
  }

  private String grantedTerm(boolean student) {
    String caseId = place(student);
    at(PLACED.plusHours(48));
    s.complete(caseId, PLACEMENT_ASSESSMENT, VAR_PLACEMENT_DECISION, "CONTINUE",
        "placementAssessmentNote", "安置原因持續，無法返家");
    at(PLACED.plusHours(70));
    s.complete(caseId, RECORD_COURT_RULING, VAR_COURT_RULING, "GRANTED", "rulingDate", "2026-11-22T10:00+08:00",
        VAR_TERM_ENDS_AT, TERM1_ENDS_AT, "rulingCaseNumber", "115年度護字第1號");
    return caseId;
  }

  private void returnChild(String caseId) {
    s.complete(caseId, PLACEMENT_ASSESSMENT, VAR_PLACEMENT_DECISION, "RETURN",
        "placementAssessmentNote", "安置原因已消滅");
    s.complete(caseId, RETURN_CHILD, "returnedTo", "PARENT", "placementEndReason", "CAUSE_ENDED");
    assertThat(s.hasTask(caseId, FOLLOW_UP_REPORT)).isTrue();
  }

  private ProcessInstance placement(String caseId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PLACEMENT_PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult();
  }

  private Job courtJob(String placementId) {
    return engine.getManagementService().createJobQuery().processInstanceId(placementId)
        .activityId(NOTIFY_COURT_OF_PLACEMENT).singleResult();
  }

  private List<AgencyNotice<CourtFilingType>> filings(String caseId) {
    return court.received().stream().filter(f -> f.caseId().equals(caseId)).toList();
  }

  private List<AgencyNotice<PoliceNoticeType>> policeNotices(String caseId) {
    return police.received().stream().filter(n -> n.caseId().equals(caseId)).toList();
  }

  private List<AgencyNotice<SchoolNoticeType>> schoolNotices(String caseId) {
    return education.received().stream().filter(n -> n.caseId().equals(caseId)).toList();
  }

  private String candidate(String caseId, String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(s.task(caseId, taskKey).getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).findFirst().orElseThrow();
  }

  private static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }
}
