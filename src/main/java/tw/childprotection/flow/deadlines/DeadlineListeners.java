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

  /** The timer fired first. */
  record Breached(DeadlineRegistry registry, DeadlineCode code) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      registry.breached(execution.getProcessInstanceId(), code, now());
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

  /** A governed sub-process or call activity ended normally (not cancelled by an event). */
  record ActivityCompleted(DeadlineRegistry registry, DeadlineCode code) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      if (execution instanceof ActivityExecution activity && activity.isCanceled()) {
        return;
      }
      registry.met(execution.getProcessInstanceId(), code, now());
    }
  }

  /** A minimum period ran its full length (its timer fired): the duty is fulfilled. */
  record PeriodCompleted(DeadlineRegistry registry, DeadlineCode code) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      registry.periodCompleted(execution.getProcessInstanceId(), code, now());
    }
  }

  /** The governed activity of a minimum period ended on its own, before the period was over. */
  record EndedEarly(DeadlineRegistry registry, DeadlineCode code) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      if (execution instanceof ActivityExecution activity && activity.isCanceled()) {
        return; // cancelled by the period's own timer (or the case ending): not an early end
      }
      registry.endedEarly(execution.getProcessInstanceId(), code, now());
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
