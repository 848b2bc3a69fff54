package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNotice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.cases.CaseStep;

/** B: at the ex-officio move the police are notified at the same time (同時通報警察機關). */
@Component("notifyPoliceOfRelocationDelegate")
class NotifyPoliceOfRelocationDelegate implements JavaDelegate {

  private final Police police;

  NotifyPoliceOfRelocationDelegate(Police police) {
    this.police = police;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(police.notify(new PoliceNotice(step.idempotencyKey(), step.caseId(), step.county(),
        PoliceNoticeType.RELOCATION_NOTICE, step.details("childName", "childNationalId", "childBirthDate", "registeredAddress"))));
  }
}
