package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.education.EducationAuthority;
import tw.childprotection.flow.agencies.education.SchoolNotice;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;

/** Art. 6: a student's placement, in writing to the school and the education authority; identity kept confidential. */
@Component("notifySchoolOfPlacementDelegate")
class NotifySchoolOfPlacementDelegate implements JavaDelegate {

  private final EducationAuthority education;

  NotifySchoolOfPlacementDelegate(EducationAuthority education) {
    this.education = education;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(education.notify(new SchoolNotice(step.idempotencyKey(), step.caseId(), step.county(),
        SchoolNoticeType.PLACEMENT_NOTICE, true, step.details("childName", "childNationalId", "childBirthDate", "childSex", "placedAt"))));
  }
}
