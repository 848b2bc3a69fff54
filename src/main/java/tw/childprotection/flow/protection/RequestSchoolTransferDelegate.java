package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.education.EducationAuthority;
import tw.childprotection.flow.agencies.education.SchoolNotice;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;

/** Art. 12: the education authority helps the protected child change school; identity kept confidential. */
@Component("requestSchoolTransferDelegate")
class RequestSchoolTransferDelegate implements JavaDelegate {

  private final EducationAuthority education;

  RequestSchoolTransferDelegate(EducationAuthority education) {
    this.education = education;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(education.notify(new SchoolNotice(step.idempotencyKey(), step.caseId(), step.county(),
        SchoolNoticeType.SCHOOL_TRANSFER_REQUEST, true, step.details("childName", "childNationalId", "childBirthDate", "childSex"))));
  }
}
