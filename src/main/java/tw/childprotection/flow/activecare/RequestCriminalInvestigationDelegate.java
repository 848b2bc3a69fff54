package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNotice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.cases.CaseStep;

/** Still missing and a crime suspected: social affairs asks the police by letter to investigate (Act Art. 54). */
@Component("requestCriminalInvestigationDelegate")
class RequestCriminalInvestigationDelegate implements JavaDelegate {

  private final Police police;

  RequestCriminalInvestigationDelegate(Police police) {
    this.police = police;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(police.notify(new PoliceNotice(step.idempotencyKey(), step.caseId(), step.county(),
        PoliceNoticeType.CRIME_INVESTIGATION_REQUEST, step.details("childName", "childNationalId", "childBirthDate", "registeredAddress"))));
  }
}
