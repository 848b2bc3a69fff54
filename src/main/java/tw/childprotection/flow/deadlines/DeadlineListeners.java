package tw.childprotection.flow.deadlines;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The listeners {@link DeadlineParseListener} attaches; each does one thing. */
final class DeadlineListeners {

  private DeadlineListeners() {
  }

  /** The governed activity started: the deadline runs until its timer's due time. */
  record Started(DeadlineRegistry registry, DeadlineCode code, String timerEventId)
      implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      Date due = timerDueDate(execution, timerEventId);
      registry.start(caseId(execution, code), execution.getProcessInstanceId(), code, now(), due.toInstant());
    }
  }

  /** What the registry writes of a deadline at a moment: met, breached, period completed, ended early. */
  @FunctionalInterface
  interface Verdict {
    void record(String processInstanceId, DeadlineCode code, Instant at);
  }

  /** The governing timer fired: BREACHED for a deadline, the duty fulfilled for a minimum period. */
  record TimerFired(DeadlineCode code, Verdict verdict) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      verdict.record(execution.getProcessInstanceId(), code, now());
    }
  }

  /** The governed user task carries the deadline as its due date (the earliest, if several). */
  record DueDateFromTimer(String timerEventId) implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      Date due = timerDueDate(task.getExecution(), timerEventId);
      if (task.getDueDate() == null || due.before(task.getDueDate())) {
        task.setDueDate(due);
      }
    }
  }

  record TaskCompleted(DeadlineRegistry registry, DeadlineCode code) implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      registry.met(task.getProcessInstanceId(), code, now());
    }
  }

  /**
   * A governed sub-process or call activity ended on its own: MET for a deadline, ended early for a
   * minimum period. Not when an event cancelled it (the timer, or the case ending).
   */
  record ActivityEnded(DeadlineCode code, Verdict verdict) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      if (execution instanceof ActivityExecution activity && activity.isCanceled()) {
        return;
      }
      verdict.record(execution.getProcessInstanceId(), code, now());
    }
  }

  /**
   * The due time of the governing timer, created with the activity's scope in this same transaction.
   * Read from the execution (engine internals) because a job query would not see the unflushed job.
   */
  static Date timerDueDate(DelegateExecution execution, String timerEventId) {
    // the timer hangs on the governed activity's scope: the task's own execution or, for a task
    // inside a governed sub-process, one of its parents
    for (ExecutionEntity scope = (ExecutionEntity) execution; scope != null; scope = scope.getParent()) {
      Optional<Date> due = scope.getJobs().stream()
          .filter(job -> job instanceof TimerEntity && timerEventId.equals(job.getActivityId()))
          .map(job -> job.getDuedate())
          .findFirst();
      if (due.isPresent()) {
        return due.get();
      }
    }
    throw new ProcessEngineException("No timer '" + timerEventId + "' on activity '"
        + execution.getCurrentActivityId() + "' to take the deadline from");
  }

  static String caseId(DelegateExecution execution, DeadlineCode code) {
    String caseId = execution.getProcessBusinessKey();
    if (caseId == null) {
      throw new ProcessEngineException("Deadline " + code + " in process '"
          + execution.getProcessDefinitionId() + "' needs the case id as business key (pass it to "
          + "called processes with camunda:in businessKey)");
    }
    return caseId;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
