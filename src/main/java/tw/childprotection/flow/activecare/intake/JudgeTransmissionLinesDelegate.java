package tw.childprotection.flow.activecare.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** transmissionProcessing.bpmn: one job, one chunk of a large transmission's lines. */
@Component("judgeTransmissionLinesDelegate")
class JudgeTransmissionLinesDelegate implements JavaDelegate {

  private final BackgroundTransmissions transmissions;

  JudgeTransmissionLinesDelegate(BackgroundTransmissions transmissions) {
    this.transmissions = transmissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transmissions.judgeNext(execution);
  }
}
