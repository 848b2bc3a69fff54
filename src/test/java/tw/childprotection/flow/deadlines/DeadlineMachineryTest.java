package tw.childprotection.flow.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static tw.childprotection.flow.support.FixtureCases.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.FixtureCases;
import tw.childprotection.flow.support.PlatformTest;

/**
 * The one deadline mechanism every process uses (CONTRACT §5), on a test-only fixture process:
 * registry PENDING → MET/BREACHED, the task's due date taken from its deadline timer, escalation
 * after a breach, working days on the government calendar.
 */
@PlatformTest
class DeadlineMachineryTest {

  /** Friday 2026-11-20 09:30 in Taipei. */
  static final OffsetDateTime REPORTED = OffsetDateTime.parse("2026-11-20T09:30:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    at(REPORTED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void governedTaskCarriesItsDeadlineAsDueDateAndIsPendingUntilThen() {
    ProcessInstance pi = FixtureCases.start(engine, numbers, County.TPE);

    assertThat(pi).isWaitingAt(DISPATCH);
    Date due = Date.from(REPORTED.plusHours(24).toInstant());
    assertThat(task(DISPATCH, pi).getDueDate()).isEqualTo(due);
    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).dueAt()).isEqualTo(due.toInstant());
    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).basis()).isEqualTo("兒童及少年保護通報及處理辦法 第4條");
  }

  @Test
  void oneSecondBeforeTheDeadlineNothingFiresAndOneSecondAfterItIsBreachedAndEscalated() {
    ProcessInstance pi = FixtureCases.start(engine, numbers, County.TPE);

    at(REPORTED.plusHours(24).minusSeconds(1));
    assertThat(executableTimers(pi)).isEmpty();
    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.PENDING);

    at(REPORTED.plusHours(24).plusSeconds(1));
    fireExecutableTimers(pi);

    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(pi).isWaitingAt(DISPATCH, ESCALATE);
    assertThat(task(ESCALATE, pi)).hasCandidateGroup("social-supervisor");
  }

  @Test
  void workDoneInTimeIsMet() {
    ProcessInstance pi = FixtureCases.start(engine, numbers, County.TPE);

    at(REPORTED.plusHours(23));
    complete(task(DISPATCH, pi));

    CaseDeadline dispatch = deadline(pi, DeadlineCode.CP_DISPATCH_24H);
    assertThat(dispatch.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(dispatch.completedAt()).isEqualTo(REPORTED.plusHours(23).toInstant());
  }

  @Test
  void workDoneLateWithoutTheTimerHavingFiredIsStillBreached() {
    ProcessInstance pi = FixtureCases.start(engine, numbers, County.TPE);

    at(REPORTED.plusHours(25)); // the job executor was busy: the timer has not fired yet
    complete(task(DISPATCH, pi));

    assertThat(deadline(pi, DeadlineCode.CP_DISPATCH_24H).status()).isEqualTo(DeadlineStatus.BREACHED);
  }

  @Test
  void breachedStaysBreachedWhenTheWorkIsDoneAfterwards() {
    ProcessInstance pi = FixtureCases.start(engine, numbers, County.TPE);
    at(REPORTED.plusHours(24).plusSeconds(1));
    fireExecutableTimers(pi);

    at(REPORTED.plusHours(30));
    complete(task(DISPATCH, pi));

    CaseDeadline dispatch = deadline(pi, DeadlineCode.CP_DISPATCH_24H);
    assertThat(dispatch.status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(dispatch.completedAt()).isEqualTo(REPORTED.plusHours(30).toInstant());
  }

  @Test
  void fourWorkingDaysAcrossLunarNewYear2026EndOnThe26th() {
    at(OffsetDateTime.parse("2026-02-13T16:00:00+08:00")); // Friday before the 9-day break
    ProcessInstance pi = FixtureCases.start(engine, numbers, County.KHH);
    complete(task(DISPATCH, pi));

    Date due = Date.from(OffsetDateTime.parse("2026-02-26T23:59:59+08:00").toInstant());
    assertThat(task(INVESTIGATE, pi).getDueDate()).isEqualTo(due);
    assertThat(deadline(pi, DeadlineCode.CP_INVESTIGATION_4WD).dueAt()).isEqualTo(due.toInstant());

    at(OffsetDateTime.parse("2026-02-26T23:59:58+08:00"));
    assertThat(executableTimers(pi)).isEmpty();
    at(OffsetDateTime.parse("2026-02-27T00:00:00+08:00"));
    fireExecutableTimers(pi);

    assertThat(deadline(pi, DeadlineCode.CP_INVESTIGATION_4WD).status()).isEqualTo(DeadlineStatus.BREACHED);
    assertThat(pi).hasPassed(INVESTIGATION_LATE).isEnded();
  }

  @Test
  void aGovernedSubProcessThatEndsInTimeIsMet() {
    ProcessInstance pi = FixtureCases.start(engine, numbers, County.TPE);
    complete(task(DISPATCH, pi));
    complete(task(INVESTIGATE, pi));
    assertThat(deadline(pi, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(deadline(pi, DeadlineCode.CP_PLACEMENT_72H).dueAt())
        .isEqualTo(REPORTED.plusHours(72).toInstant());

    at(REPORTED.plusHours(71));
    complete(task(ASSESS, pi));

    assertThat(deadline(pi, DeadlineCode.CP_PLACEMENT_72H).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(pi).hasPassed(DONE).isEnded();
  }

  private void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private CaseDeadline deadline(ProcessInstance pi, DeadlineCode code) {
    List<CaseDeadline> found = registry.forCase(pi.getBusinessKey()).stream()
        .filter(d -> d.code() == code).toList();
    assertThat(found).as("registry rows for %s", code).hasSize(1);
    return found.get(0);
  }

  private List<Job> executableTimers(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .executable().list();
  }

  private void fireExecutableTimers(ProcessInstance pi) {
    List<Job> due = executableTimers(pi);
    assertThat(due).as("timers due now").isNotEmpty();
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }


}
