package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.nhia.Nhia;

/** B, before the move: NHIA is asked for the contact address (向健保署查詢通訊地址). */
@Component("queryInsuranceAddressDelegate")
class QueryInsuranceAddressDelegate implements JavaDelegate {

  private final Nhia nhia;

  QueryInsuranceAddressDelegate(Nhia nhia) {
    this.nhia = nhia;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("insuranceAddressFound", nhia.insurance(ChildQueries.of(execution)).hasInsuranceAddress());
  }
}
