package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.district.DistrictOffice;
import tw.childprotection.flow.cases.CaseStep;

/** A letter to the district office of the registered domicile: the village chief or officer follows up. Recorded so social affairs need not send it again (註4-1). */
@Component("sendLetterToDistrictOfficeDelegate")
class SendLetterToDistrictOfficeDelegate implements JavaDelegate {

  private final DistrictOffice district;

  SendLetterToDistrictOfficeDelegate(DistrictOffice district) {
    this.district = district;
  }

  @Override
  public void execute(DelegateExecution execution) {
    new CaseStep(execution).record(district.requestFollowUp(ChildQueries.of(execution)));
    execution.setVariable(ActiveCareCase.VAR_DISTRICT_LETTER_SENT, true);
  }
}
