package tw.childprotection.flow.activecare.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** transmissionProcessing.bpmn: every line judged, the transmission's final counts recorded. */
@Component("closeTransmissionDelegate")
class CloseTransmissionDelegate implements JavaDelegate {

  private final BackgroundTransmissions transmissions;

  CloseTransmissionDelegate(BackgroundTransmissions transmissions) {
    this.transmissions = transmissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transmissions.close(execution);
  }
}
