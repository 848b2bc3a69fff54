package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.CaseDeadline;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.PlatformTest;

/** One scenario per path through the modelled part of 兒童及少年保護通報及處理辦法 第4條. */
@PlatformTest
class ChildProtectionCaseScenarioTest {

  /** Thursday 2026-11-19 10:00 Taipei: a report arrives. */
  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    at(RECEIVED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void openedCaseRunsThroughCaseManagementToClosure() {
    ProcessInstance pi = report(County.KHH);
    assertThat(pi).isWaitingAt(DISPATCH);
    assertThat(task(DISPATCH, pi)).hasCandidateGroup("social-supervisor");

    complete(task(DISPATCH, pi), withVariables("assignedUnits", List.of("SOCIAL"), "visitMode", "FACE_TO_FACE"));
    assertThat(task(SAFETY_ASSESSMENT, pi)).hasCandidateGroup("social-worker");
    complete(task(SAFETY_ASSESSMENT, pi), withVariables(VAR_PROTECTION_DECISION, "OPEN"));
    assertThat(pi).isWaitingAt(CASE_MANAGEMENT);
    complete(task(CASE_MANAGEMENT, pi));
    complete(task(CLOSURE_REVIEW, pi), withVariables("closureApproved", true));

    assertThat(pi).hasPassed(CASE_CLOSED).isEnded();
    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline(pi, DeadlineCode.CP_INVESTIGATION_4WD).status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void caseNotOpenedGoesStraightToClosureReview() {
    ProcessInstance pi = report(County.TPE);
    complete(task(DISPATCH, pi));
    complete(task(SAFETY_ASSESSMENT, pi), withVariables(VAR_PROTECTION_DECISION, "NOT_OPEN"));

    assertThat(pi).isWaitingAt(CLOSURE_REVIEW).hasNotPassed(CASE_MANAGEMENT);
  }

  @Test
  void article4DispatchWithin24HoursPendingOneSecondBeforeAndEscalatedToTheManagerOneSecondAfter() {
    ProcessInstance pi = report(County.TPE);
    assertThat(task(DISPATCH, pi).getDueDate()).isEqualTo(Date.from(RECEIVED.plusHours(24).toInstant()));

    at(RECEIVED.plusHours(24).minusSeconds(1));
    assertThat(dueTimers(pi)).isEmpty();
    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.PENDING);

    at(RECEIVED.plusHours(24).plusSeconds(1));
    fire(dueTimers(pi));
    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(pi).isWaitingAt(DISPATCH, DISPATCH_OVERDUE_REVIEW);
    assertThat(task(DISPATCH_OVERDUE_REVIEW, pi)).hasCandidateGroup("manager");
  }

  @Test
  void article4InvestigationReportWithin4WorkingDaysAcrossTheWeekend() {
    ProcessInstance pi = report(County.TPE);
    at(RECEIVED.plusHours(2));
    complete(task(DISPATCH, pi)); // accepted Thursday 19 Nov: Fri 20, Mon 23, Tue 24, Wed 25
    OffsetDateTime due = OffsetDateTime.parse("2026-11-25T23:59:59+08:00");
    assertThat(task(SAFETY_ASSESSMENT, pi).getDueDate()).isEqualTo(Date.from(due.toInstant()));

    at(due.minusSeconds(1));
    assertThat(dueTimers(pi)).isEmpty();
    assertThat(deadline(pi, DeadlineCode.CP_INVESTIGATION_4WD).status()).isEqualTo(DeadlineStatus.PENDING);

    at(due.plusSeconds(1));
    fire(dueTimers(pi));
    assertThat(deadline(pi, DeadlineCode.CP_INVESTIGATION_4WD).status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(task(INVESTIGATION_OVERDUE_REVIEW, pi)).hasCandidateGroup("social-supervisor");
    assertThat(pi).isWaitingAt(SAFETY_ASSESSMENT, INVESTIGATION_OVERDUE_REVIEW);
  }

  private ProcessInstance report(County county) {
    String caseId = numbers.next(CaseKind.PROTECTION, county, LocalDate.of(2026, 11, 19)).toString();
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseId,
        Map.of(VAR_COUNTY, county.code(), VAR_REPORT_RECEIVED_AT, Date.from(RECEIVED.toInstant())));
  }

  private void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private CaseDeadline deadline(ProcessInstance pi, DeadlineCode code) {
    List<CaseDeadline> rows = registry.forCase(pi.getBusinessKey()).stream().filter(d -> d.code() == code).toList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private List<Job> dueTimers(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().executable().list();
  }

  private void fire(List<Job> jobs) {
    assertThat(jobs).isNotEmpty();
    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }
}
