package tw.childprotection.flow.activecare.transmissions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Each noon: an alarm for each agency due yesterday that sent nothing. */
@Component("checkScheduledTransmissionsDelegate")
class CheckScheduledTransmissionsDelegate implements JavaDelegate {

  private final TransmissionWatch watch;

  CheckScheduledTransmissionsDelegate(TransmissionWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("alarmedAgencies", String.join(",", watch.checkYesterday()));
  }
}
