package tw.childprotection.flow.activecare.transmissions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every hour: an alarm for each agency whose transmission fell due and did not arrive (TransmissionWatch). */
@Component("checkScheduledTransmissionsDelegate")
class CheckScheduledTransmissionsDelegate implements JavaDelegate {

  private final TransmissionWatch watch;

  CheckScheduledTransmissionsDelegate(TransmissionWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("alarmedAgencies", String.join(",", watch.checkDue()));
  }
}
