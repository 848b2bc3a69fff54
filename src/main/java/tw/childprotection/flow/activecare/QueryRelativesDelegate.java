package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.household.HouseholdRegistration;

/** B, before the move: the second-degree lineal relatives are looked up (對當事人2親等直系血親查詢). */
@Component("queryRelativesDelegate")
class QueryRelativesDelegate implements JavaDelegate {

  private final HouseholdRegistration household;

  QueryRelativesDelegate(HouseholdRegistration household) {
    this.household = household;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("secondDegreeRelatives", household.lookup(ChildQueries.of(execution))
        .secondDegreeRelatives());
  }
}
