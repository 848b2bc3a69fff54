package tw.childprotection.flow.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lives one synthetic case from its intake up to the present on the engine's clock, the way the job
 * executor and the people would have: due timers fire at their due time (a deadline passes: BREACHED,
 * its escalation task appears), agency calls run, and tasks are completed with the answers given —
 * in time, or late when {@code late} says so. Only on a demo start, before the job executor runs.
 */
record CaseTimeline(RuntimeService runtime, TaskService tasks, ManagementService management, Random random,
    Instant end) {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTimeline.class);
  private static final int MAX_ROUNDS = 40;

  static void at(Instant time) {
    ClockUtil.setCurrentTime(Date.from(time));
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Works the case's open tasks one at a time with {@code answers} (by task key) for up to {@code steps}
   * steps; a task without an answer (an escalation for a supervisor, long-running work) stays open for
   * the demo's users. Stops at the present; then lets every timer due by then fire.
   */
  void live(String caseId, Map<String, Map<String, Object>> answers, int steps, double lateShare) {
    for (int step = 0; step < steps; step++) {
      Optional<Task> next = tasks.createTaskQuery().processInstanceBusinessKey(caseId).orderByTaskCreateTime().asc()
          .list().stream().filter(t -> answers.containsKey(t.getTaskDefinitionKey())).findFirst();
      if (next.isEmpty()) {
        break;
      }
      Task task = next.get();
      Instant doneAt = doneAt(task, random.nextDouble() < lateShare);
      if (doneAt.isAfter(end)) {
        break;
      }
      fireTimersUntil(caseId, doneAt);
      if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
        continue; // an interrupting timer took the task away
      }
      at(doneAt);
      tasks.complete(task.getId(), answers.get(task.getTaskDefinitionKey()));
      runJobs();
    }
    fireTimersUntil(caseId, end);
  }

  /** In time: part of the way to its due date; late: a few hours to three days past it. */
  private Instant doneAt(Task task, boolean late) {
    Instant now = now();
    if (task.getDueDate() == null) {
      return now.plus(Duration.ofMinutes(60 + random.nextInt(36 * 60)));
    }
    Instant due = task.getDueDate().toInstant();
    if (late) {
      return due.plus(Duration.ofMinutes(120 + random.nextInt(70 * 60)));
    }
    long room = Math.max(Duration.between(now, due).toMinutes(), 30);
    return now.plus(Duration.ofMinutes(10 + (long) (room * (0.1 + 0.7 * random.nextDouble()))));
  }

  /** Each timer of the case due by {@code until}, in due order, a minute after it fell due. */
  void fireTimersUntil(String caseId, Instant until) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Optional<Job> due = timers(caseId).stream().filter(job -> !job.getDuedate().toInstant().isAfter(until))
          .min(Comparator.comparing(Job::getDuedate));
      if (due.isEmpty()) {
        return;
      }
      Instant firesAt = due.get().getDuedate().toInstant().plus(Duration.ofMinutes(1));
      at(firesAt.isAfter(now()) ? firesAt : now());
      management.executeJob(due.get().getId());
      runJobs();
    }
  }

  private List<Job> timers(String caseId) {
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
        .map(ProcessInstance::getId).toList();
    return instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id).timers().list().stream())
        .filter(job -> job.getRetries() > 0).toList();
  }

  /** Every due asynchronous step (agency calls), as the job executor would run them now. */
  void runJobs() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = management.createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException e) {
          // retried later by the job executor, an incident when retries run out — as in production
          LOG.debug("Demo case step failed and will be retried: {}", e.getClass().getSimpleName());
        }
      }
    }
  }

  /** Runs the case's failing agency call until its retries are spent: an incident for Cockpit. */
  void exhaustRetries(String processInstanceId) {
    for (int attempt = 0; attempt < MAX_ROUNDS; attempt++) {
      List<Job> failing = management.createJobQuery().processInstanceId(processInstanceId).messages().withRetriesLeft()
          .list();
      if (failing.isEmpty()) {
        return;
      }
      try {
        management.executeJob(failing.get(0).getId());
      } catch (RuntimeException expected) {
        LOG.debug("Demo agency outage: attempt {} failed", attempt + 1);
      }
    }
  }
}
