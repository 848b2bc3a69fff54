package tw.childprotection.flow.activecare;

import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Counts the catch-up reminders and the two-way contacts among them (註2: at least three in six
 * months, at least one two-way), which the vaccinationReferral table reads. Complete listener of the
 * reminder task: {@code ${reminderCount.record(task)}}.
 */
@Component("reminderCount")
public class ReminderCount {

  public void record(DelegateTask task) {
    task.setVariable(VAR_REMINDERS_DONE, count(task.getVariable(VAR_REMINDERS_DONE)) + 1);
    if ("TWO_WAY".equals(task.getVariable(VAR_CONTACT_TYPE))) {
      task.setVariable(VAR_TWO_WAY_CONTACTS, count(task.getVariable(VAR_TWO_WAY_CONTACTS)) + 1);
    }
  }

  private static int count(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }
}
