package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * C and D: the CDC or NHIA obtains the registration data and excludes children who have left the country before
 * social affairs is told.
 */
@Component("excludeDepartedChildDelegate")
class ExcludeDepartedChildDelegate implements JavaDelegate {

  private final DepartedChildCheck check;

  ExcludeDepartedChildDelegate(DepartedChildCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ActiveCareCase.VAR_DEPARTED, check.departed(execution));
  }
}
