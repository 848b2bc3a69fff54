package tw.childprotection.flow.deadlines;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Records the moment a deadline counts from, once: e.g. when social affairs was told of an
 * active-care case, from which both the 10-day visit and the 30-day report run. In a diagram:
 * {@code ${milestones.record(execution, 'socialNotifiedAt')}} as a start listener. Kept once, so a
 * second pass (a found child visited again) does not restart the law's clock.
 */
@Component("milestones")
public class Milestones {

  public void record(DelegateExecution execution, String variable) {
    if (execution.getVariable(variable) == null) {
      execution.setVariable(variable, ClockUtil.getCurrentTime());
    }
  }
}
