package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Found elsewhere: the county where the child is steps in at once (foundChildIntervention there). */
@Component("notifyCountyWhereFoundDelegate")
class NotifyCountyWhereFoundDelegate implements JavaDelegate {

  private final CountyWhereFound countyWhereFound;

  NotifyCountyWhereFoundDelegate(CountyWhereFound countyWhereFound) {
    this.countyWhereFound = countyWhereFound;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("countyWhereFoundInstanceId", countyWhereFound.stepIn(execution));
  }
}
