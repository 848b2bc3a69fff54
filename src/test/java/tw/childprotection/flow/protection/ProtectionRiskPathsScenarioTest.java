package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;
import static tw.childprotection.flow.protection.ProtectionScenario.report;
import static tw.childprotection.flow.support.CaseScenario.at;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.court.CourtFilingType;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ConflictException;
import tw.childprotection.flow.validation.InvalidInputException;

/**
 * The paths where a child is most at risk (issue 10, protection): a placement recordable at any moment
 * from the report on (本法第56條; 辦法第6、7條), the police-seized case stated and not presumed (第5條第2項),
 * the investigation's four working days from accepting the case (第4條), the public's reports (第3條),
 * agency registrations beside the statutory work, escalations that never hold up the child's path,
 * the closed case that really ends, and the forms checked again on the server.
 */
@PlatformTest
class ProtectionRiskPathsScenarioTest extends ProtectionScenarioTest {

  /** Thursday 2026-11-19: four working days from the report end on Wednesday 25 November. */
  static final OffsetDateTime INVESTIGATION_DUE = OffsetDateTime.parse("2026-11-25T23:59:59+08:00");

  @Autowired EmergencyPlacements placements;
  @Autowired ReportIntake intake;

  // --- defect 1: placement at any moment from dispatch on --------------------------------------------

  @Test
  void act56PlacementAtTheFirstVisitNotifiesAtOnceAndThe72HoursRunFromPlacedAtWhileThePoliceInvestigate() {
    String caseId = start(Map.of(VAR_JOINT_INVESTIGATION, true));
    OffsetDateTime placedAt = RECEIVED.plusMinutes(90);
    at(RECEIVED.plusHours(2));
    s.complete(caseId, DISPATCH, VAR_EMERGENCY_PLACEMENT_NEEDED, true, VAR_PLACED_AT, placedAt.toString(),
        "placementGround", "ABANDONED_ABUSED", VAR_CHILD_IS_STUDENT, false);

    assertThat(court.received()).extracting(f -> f.type()).containsExactly(CourtFilingType.PLACEMENT_NOTICE);
    assertThat(police.received()).extracting(n -> n.type()).containsExactlyInAnyOrder(
        PoliceNoticeType.PLACEMENT_NOTICE, PoliceNoticeType.JOINT_INVESTIGATION_REQUEST);
    assertThat(s.hasTask(caseId, POLICE_JOINT_INVESTIGATION)).as("the police investigate meanwhile").isTrue();
    assertThat(s.hasTask(caseId, SAFETY_ASSESSMENT)).isTrue();
    assertThat(s.task(caseId, NOTIFY_PARENTS).getDueDate()).isEqualTo(date(placedAt.plusHours(24)));
    OffsetDateTime due = placedAt.plusHours(72);
    assertThat(s.task(caseId, PLACEMENT_ASSESSMENT).getDueDate()).isEqualTo(date(due));
    s.pendingUntilThenBreached(caseId, DeadlineCode.CP_PLACEMENT_72H, due);
  }

  @Test
  void act56PlacementDuringTheInvestigationIsRecordedAtOnceAndASecondOneIsRefusedWhileTheFirstRuns() {
    String caseId = start(Map.of());
    s.complete(caseId, DISPATCH);
    at(RECEIVED.plusDays(1));
    OffsetDateTime placedAt = RECEIVED.plusDays(1).minusHours(1);

    assertThatThrownBy(() -> placements.record(caseId, new EmergencyPlacements.PlacementRequest(
        RECEIVED.plusDays(2).toString(), "OTHER_HARM", false)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(ApiError::code).containsExactly("IN_FUTURE"));
    assertThatThrownBy(() -> placements.record(caseId, new EmergencyPlacements.PlacementRequest(
        RECEIVED.minusDays(3).toString(), "OTHER_HARM", false)))
        .as("not before the report").isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(ApiError::code).containsExactly("BEFORE_REPORT"));
    assertThat(court.received()).isEmpty();

    placements.record(caseId, new EmergencyPlacements.PlacementRequest(placedAt.toString(), "OTHER_HARM", false));
    s.runJobs();
    assertThat(court.received()).extracting(f -> f.type()).containsExactly(CourtFilingType.PLACEMENT_NOTICE);
    assertThat(s.deadline(caseId, DeadlineCode.CP_PLACEMENT_72H).dueAt()).isEqualTo(placedAt.plusHours(72).toInstant());
    assertThat(s.hasTask(caseId, SAFETY_ASSESSMENT)).as("the investigation goes on").isTrue();
    assertThatThrownBy(() -> placements.record(caseId, new EmergencyPlacements.PlacementRequest(
        placedAt.toString(), "OTHER_HARM", false))).isInstanceOf(ConflictException.class);
  }

  @Test
  void article5PoliceJointInvestigationIsDueWithTheInvestigationReportAndEscalatedAfter() {
    String caseId = start(Map.of(VAR_JOINT_INVESTIGATION, true));
    s.complete(caseId, DISPATCH);
    assertThat(s.task(caseId, POLICE_JOINT_INVESTIGATION).getDueDate()).isEqualTo(date(INVESTIGATION_DUE));
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");

    at(INVESTIGATION_DUE.minusSeconds(1));
    assertThat(s.dueTimers(caseId)).isEmpty();
    at(INVESTIGATION_DUE.plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThat(s.candidate(caseId, JOINT_INVESTIGATION_OVERDUE_REVIEW)).isEqualTo("social-supervisor");
    assertThat(s.task(caseId, JOINT_INVESTIGATION_OVERDUE_REVIEW).getDueDate()).isNotNull();
    assertThat(s.hasTask(caseId, POLICE_JOINT_INVESTIGATION)).as("the police still owe it").isTrue();
  }

  // --- defect 2: police-seized is stated, not presumed ----------------------------------------------

  @Test
  void article5Para2AnOfficersReportOfAbuseIsInvestigatedUnlessTheWorkerStatesThePoliceSeizedIt() {
    String caseId = intake.receive(policeReport(3), "police.tpe").caseId();
    s.runJobs();
    assertThat(engine.getRuntimeService().getVariable(s.task(caseId, DISPATCH).getProcessInstanceId(),
        VAR_POLICE_DISCOVERED)).as("nothing presumed from the reporter's profession").isNull();

    assertThatThrownBy(() -> s.complete(caseId, DISPATCH, "visitMode", "FACE_TO_FACE"))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(ProtectionFormRejected.class)
        .hasMessageContaining(VAR_POLICE_DISCOVERED);
    s.complete(caseId, DISPATCH, "visitMode", "FACE_TO_FACE", VAR_POLICE_DISCOVERED, "false");

    assertThat(s.hasTask(caseId, DIRECT_MEASURES)).isFalse();
    assertThat(s.task(caseId, SAFETY_ASSESSMENT).getDueDate()).isEqualTo(date(INVESTIGATION_DUE));
    assertThat(s.deadline(caseId, DeadlineCode.CP_INVESTIGATION_4WD).status()).isEqualTo(DeadlineStatus.PENDING);
  }

  // --- defect 8: four working days from accepting the case -------------------------------------------

  @Test
  void article4LateDispatchDoesNotExtendTheFourWorkingDaysFromAcceptingTheCase() {
    String caseId = start(Map.of());
    at(RECEIVED.plusHours(30)); // Friday afternoon, after the 24 hours
    s.complete(caseId, DISPATCH);
    assertThat(s.task(caseId, SAFETY_ASSESSMENT).getDueDate()).isEqualTo(date(INVESTIGATION_DUE));
    s.pendingUntilThenBreached(caseId, DeadlineCode.CP_INVESTIGATION_4WD, INVESTIGATION_DUE);
  }

  // --- defect 9: escalations never hold up the child's path ------------------------------------------

  @Test
  void article4OverdueInvestigationReviewDoesNotHoldUpTheDecisionItReviews() {
    String caseId = start(Map.of());
    s.complete(caseId, DISPATCH);
    at(INVESTIGATION_DUE.plusSeconds(1));
    s.fireDueTimers(caseId);
    assertThat(s.hasTask(caseId, INVESTIGATION_OVERDUE_REVIEW)).isTrue();

    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN");
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT_PLAN)).as("services start with the review still open").isTrue();
  }

  // --- defect 11: the public may report at any time ---------------------------------------------------

  @Test
  void article3ANeighboursLateReportRecordsNoBreachButAMandatedReportersDoes() {
    at(RECEIVED);
    String neighbour = intake.receive(lateReport("PUBLIC", null), "reporter.tpe").caseId();
    String doctor = intake.receive(lateReport("MANDATED", "MEDICAL"), "reporter.tpe").caseId();

    assertThat(s.deadlines(neighbour, DeadlineCode.CP_REPORT_24H)).as("Art. 3: no 24 hours for the public").isEmpty();
    assertThat(s.deadline(doctor, DeadlineCode.CP_REPORT_24H).status()).isEqualTo(DeadlineStatus.BREACHED);
  }

  // --- defect 12: registrations beside the statutory work -------------------------------------------

  @Test
  void article4ProtectionInformationSystemOutageDoesNotHoldUpTheDispatchOrItsClock() {
    protectionInfo.failNext(100);
    Map<String, Object> variables = report(County.TPE, RECEIVED);
    String caseId = numbers.next(tw.childprotection.flow.cases.CaseKind.PROTECTION, County.TPE,
        RECEIVED.toLocalDate()).toString();
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseId, variables);
    runFailingJobsOnce();

    assertThat(protectionInfo.received()).isEmpty();
    assertThat(s.candidate(caseId, DISPATCH)).isEqualTo("social-worker");
    assertThat(s.deadline(caseId, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.PENDING);
    s.complete(caseId, DISPATCH);
    assertThat(s.hasTask(caseId, SAFETY_ASSESSMENT)).isTrue();
  }

  // --- defect 13: a closed case ends everything ------------------------------------------------------

  @Test
  void closedCaseEndsItsSideWorkAndIsClosed() {
    String caseId = start(Map.of(VAR_VERBAL_FIRST, true));
    s.complete(caseId, DISPATCH);
    at(RECEIVED.plusHours(30));
    s.fireDueTimers(caseId); // the written form is overdue: its supervisor's review opens beside the case
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    assertThat(s.hasTask(caseId, WRITTEN_REPORT)).isTrue();
    s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);

    assertThat(s.isEnded(caseId)).isTrue();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).count()).isZero();
  }

  @Test
  void closureWaitsForAPlacementToEndBeforeTheSupervisorReviewsIt() {
    String caseId = start(Map.of());
    at(RECEIVED.plusHours(2));
    s.complete(caseId, DISPATCH, VAR_EMERGENCY_PLACEMENT_NEEDED, true, VAR_PLACED_AT, RECEIVED.plusHours(1).toString(),
        "placementGround", "OTHER_HARM", VAR_CHILD_IS_STUDENT, false);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    assertThat(s.hasTask(caseId, CLOSURE_REVIEW)).as("the child is placed").isFalse();

    s.complete(caseId, NOTIFY_PARENTS, "parentsNotified", "NOTIFIED");
    s.complete(caseId, PLACEMENT_ASSESSMENT, VAR_PLACEMENT_DECISION, "RETURN", "placementAssessmentNote", "原因消滅");
    s.complete(caseId, RETURN_CHILD, "placementEndReason", "CAUSE_ENDED");
    at(RECEIVED.plusYears(1).plusDays(2));
    s.complete(caseId, FOLLOW_UP_REPORT, VAR_FOLLOW_UP_OUTCOME, "CONTINUE");
    s.fireDueTimers(caseId); // the year of Art. 9 is complete
    assertThat(s.hasTask(caseId, CLOSURE_REVIEW)).as("the follow-up still runs").isFalse();
    at(RECEIVED.plusYears(1).plusMonths(3).plusDays(3));
    s.fireDueTimers(caseId);
    s.complete(caseId, FOLLOW_UP_REPORT, VAR_FOLLOW_UP_OUTCOME, "END");
    assertThat(s.candidate(caseId, CLOSURE_REVIEW)).as("follow-up over: the case may close").isEqualTo(
        "social-supervisor");
  }

  // --- forms that check what they ask ----------------------------------------------------------------

  @Test
  void formsRefuseFutureDatesDatesBeforeTheReportOtherMeansWithoutReasonAndARefusalWithoutReason() {
    String caseId = start(Map.of());
    assertThatThrownBy(() -> s.complete(caseId, DISPATCH, "visitMode", "OTHER"))
        .hasRootCauseInstanceOf(ProtectionFormRejected.class).hasMessageContaining("dispatchNote");
    assertThatThrownBy(() -> s.complete(caseId, DISPATCH, "hospitalTreatmentNeeded", true,
        "sentToHospitalAt", RECEIVED.plusDays(1).toString()))
        .hasRootCauseInstanceOf(ProtectionFormRejected.class).hasMessageContaining("不得晚於現在");
    s.complete(caseId, DISPATCH, "visitMode", "OTHER", "dispatchNote", "兒少住院中，於醫院會談");

    assertThatThrownBy(() -> s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN",
        "visitedAt", RECEIVED.minusDays(2).toString()))
        .hasRootCauseInstanceOf(ProtectionFormRejected.class).hasMessageContaining("不得早於通報");
    assertThat(s.hasTask(caseId, SAFETY_ASSESSMENT)).as("nothing changed").isTrue();
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN", "visitedAt", RECEIVED.toString());

    assertThatThrownBy(() -> s.complete(caseId, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, false))
        .hasRootCauseInstanceOf(ProtectionFormRejected.class).hasMessageContaining("closureComment");
  }

  @Test
  void article4UnitsChosenAtDispatchEachGetATaskOfTheirOwn() {
    String caseId = start(Map.of());
    s.complete(caseId, DISPATCH, "assignedUnits", "[\"SOCIAL\",\"HEALTH\",\"EDUCATION\",\"POLICE\"]");
    assertThat(s.candidate(caseId, HEALTH_UNIT_HANDLING)).isEqualTo("health");
    assertThat(s.candidate(caseId, POLICE_UNIT_HANDLING)).isEqualTo("police");
    assertThat(s.candidate(caseId, EDUCATION_UNIT_HANDLING)).isEqualTo("education");
    assertThat(s.task(caseId, HEALTH_UNIT_HANDLING).getDueDate()).isEqualTo(date(INVESTIGATION_DUE));
    assertThat(s.task(caseId, EDUCATION_UNIT_HANDLING).getDueDate()).isEqualTo(date(INVESTIGATION_DUE));
    s.complete(caseId, EDUCATION_UNIT_HANDLING, "unitHandledAt", RECEIVED.toString(),
        "unitChildSeen", "YES", "unitHandlingNote", "導師表示兒少近兩週多次缺課，已安排輔導老師晤談");
    assertThat(s.hasTask(caseId, EDUCATION_UNIT_HANDLING)).isFalse();

    String socialOnly = start(Map.of());
    s.complete(socialOnly, DISPATCH, "assignedUnits", "[\"SOCIAL\"]");
    assertThat(s.hasTask(socialOnly, HEALTH_UNIT_HANDLING)).isFalse();
    assertThat(s.hasTask(socialOnly, POLICE_UNIT_HANDLING)).isFalse();
    assertThat(s.hasTask(socialOnly, EDUCATION_UNIT_HANDLING)).isFalse();
  }

  private void runFailingJobsOnce() {
    engine.getManagementService().createJobQuery().executable().messages().list().forEach(job -> {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException outage) {
        // the registration fails and will be retried; the case goes on
      }
    });
  }

  private String start(Map<String, Object> overrides) {
    Map<String, Object> variables = report(County.TPE, RECEIVED);
    variables.putAll(overrides);
    return s.start(variables);
  }

  private static ProtectionReportRequest policeReport(int item) {
    return new ProtectionReportRequest(new ProtectionReportRequest.Reporter("MANDATED", "POLICE", "李警員", "中正一分局"),
        RECEIVED.minusHours(1).toString(), false, false, List.of(item), "兒少身上多處瘀傷",
        new ProtectionReportRequest.Child("A123456789", "王小明", "2018-05-01", "M"),
        new ProtectionReportRequest.Location("TPE", "臺北市中正區"), "TPE", null, null);
  }

  private static ProtectionReportRequest lateReport(String type, String profession) {
    return new ProtectionReportRequest(new ProtectionReportRequest.Reporter(type, profession, "陳先生", null),
        RECEIVED.minusHours(30).toString(), false, false, List.of(3), "鄰居聽見哭喊",
        new ProtectionReportRequest.Child("A123456789", "王小明", "2018-05-01", "M"),
        new ProtectionReportRequest.Location("TPE", "臺北市中正區"), "TPE", null, null);
  }

  private static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }
}
