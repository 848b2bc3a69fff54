package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_EMERGENCY_PLACEMENT_NEEDED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * How many emergency placements of a case run now (本法第56條), kept on the case's own instance so the
 * diagram can ask: a new placement starts only when none runs, and the case is reviewed for closure
 * only when every placement and its Art. 9 follow-up are over. Used in the diagram as
 * {@code ${placements.toStart(execution)}}, {@code started}, {@code ended}, {@code running}.
 */
@Component("placements")
public class Placements {

  public static final String VAR_RUNNING = "placementsRunning";
  public static final String VAR_EVER_PLACED = "childWasPlaced";
  /** Art. 9: the one year of follow-up is complete; the worker may end it at the next report, or go on. */
  public static final String VAR_FOLLOW_UP_YEAR_DONE = "followUpYearDone";

  /** A form just said the child was placed (emergencyPlacementNeeded) and no placement runs yet. */
  public boolean toStart(DelegateExecution execution) {
    return Boolean.TRUE.equals(execution.getVariable(VAR_EMERGENCY_PLACEMENT_NEEDED)) && !running(execution);
  }

  public boolean running(DelegateExecution execution) {
    return count(execution) > 0;
  }

  /** The placement starts: counted; the form's flag is used up, so a later form asks afresh. */
  public void started(DelegateExecution execution) {
    DelegateExecution caseInstance = execution.getProcessInstance();
    caseInstance.setVariable(VAR_RUNNING, count(execution) + 1);
    caseInstance.setVariable(VAR_EVER_PLACED, true);
    caseInstance.setVariable(VAR_EMERGENCY_PLACEMENT_NEEDED, false);
  }

  public void ended(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(VAR_RUNNING, Math.max(0, count(execution) - 1));
  }

  /** The minimum of Art. 9 is reached: recorded on the placement's instance; the follow-up goes on. */
  public void followUpYearDone(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(VAR_FOLLOW_UP_YEAR_DONE, true);
  }

  private static int count(DelegateExecution execution) {
    Object value = execution.getProcessInstance().getVariable(VAR_RUNNING);
    return value instanceof Number n ? n.intValue() : 0;
  }
}
