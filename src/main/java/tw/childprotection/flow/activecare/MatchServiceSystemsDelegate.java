package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** E: the household is matched against the six service systems; one already serving it excludes the child. */
@Component("matchServiceSystemsDelegate")
class MatchServiceSystemsDelegate implements JavaDelegate {

  private final ServiceSystemsMatch match;

  MatchServiceSystemsDelegate(ServiceSystemsMatch match) {
    this.match = match;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var servedBy = match.servedBy(execution);
    execution.setVariable("servedBy", String.join("、", servedBy));
    execution.setVariable(ActiveCareCase.VAR_ALREADY_SERVED, !servedBy.isEmpty());
  }
}
