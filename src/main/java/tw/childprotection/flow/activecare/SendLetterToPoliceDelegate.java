package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNotice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.cases.CaseStep;

/** A: the household office writes to the police of the registered domicile, who visit within 7 days of receiving it. */
@Component("sendLetterToPoliceDelegate")
class SendLetterToPoliceDelegate implements JavaDelegate {

  private final Police police;

  SendLetterToPoliceDelegate(Police police) {
    this.police = police;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(police.notify(new PoliceNotice(step.idempotencyKey(), step.caseId(), step.county(),
        PoliceNoticeType.ACTIVE_CARE_VISIT_REQUEST, step.details("childName", "childNationalId", "childBirthDate", "registeredAddress"))));
  }
}
