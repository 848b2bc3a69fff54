package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNotice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;

/** Art. 5 para 1: Act Art. 53(1) items 1–2 are investigated at once together with the local police. */
@Component("requestJointInvestigationDelegate")
class RequestJointInvestigationDelegate implements JavaDelegate {

  private final Police police;

  RequestJointInvestigationDelegate(Police police) {
    this.police = police;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(police.notify(new PoliceNotice(step.idempotencyKey(), step.caseId(), step.county(),
        PoliceNoticeType.JOINT_INVESTIGATION_REQUEST, step.details("childName", "childNationalId", "childBirthDate", "childSex", "article53ItemsText", "locationCounty"))));
  }
}
