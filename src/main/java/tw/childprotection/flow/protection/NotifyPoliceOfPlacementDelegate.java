package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNotice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;

/** Art. 6: written notice of an emergency placement to the police. */
@Component("notifyPoliceOfPlacementDelegate")
class NotifyPoliceOfPlacementDelegate implements JavaDelegate {

  private final Police police;

  NotifyPoliceOfPlacementDelegate(Police police) {
    this.police = police;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(police.notify(new PoliceNotice(step.idempotencyKey(), step.caseId(), step.county(),
        PoliceNoticeType.PLACEMENT_NOTICE, step.details("childName", "childNationalId", "childBirthDate", "childSex", "placedAt"))));
  }
}
