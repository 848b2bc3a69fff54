package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.education.EducationAuthority;
import tw.childprotection.flow.agencies.education.SchoolNotice;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;

/** Art. 7: the result of a student's placement, in writing to the school and the education authority. */
@Component("notifySchoolOfPlacementResultDelegate")
class NotifySchoolOfPlacementResultDelegate implements JavaDelegate {

  private final EducationAuthority education;

  NotifySchoolOfPlacementResultDelegate(EducationAuthority education) {
    this.education = education;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(education.notify(new SchoolNotice(step.idempotencyKey(), step.caseId(), step.county(),
        SchoolNoticeType.PLACEMENT_RESULT, true, step.details("childName", "childNationalId", "childBirthDate", "childSex", "placementEndReason", "returnedAt"))));
  }
}
