package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNotice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;

/** Art. 15: a child who committed or may commit an offence, or is a victim — the police are notified. */
@Component("notifyPoliceOfCrimeDelegate")
class NotifyPoliceOfCrimeDelegate implements JavaDelegate {

  private final Police police;

  NotifyPoliceOfCrimeDelegate(Police police) {
    this.police = police;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(police.notify(new PoliceNotice(step.idempotencyKey(), step.caseId(), step.county(),
        PoliceNoticeType.CRIME_NOTIFICATION, step.details("childName", "childNationalId", "childBirthDate", "childSex", "article53ItemsText", "locationCounty"))));
  }
}
