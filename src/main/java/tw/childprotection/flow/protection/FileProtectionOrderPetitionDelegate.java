package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.court.CourtFiling;
import tw.childprotection.flow.agencies.court.CourtFilingType;

/** Art. 13: a civil protection order petitioned on the child's behalf. */
@Component("fileProtectionOrderPetitionDelegate")
class FileProtectionOrderPetitionDelegate implements JavaDelegate {

  private final DistrictCourt court;

  FileProtectionOrderPetitionDelegate(DistrictCourt court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(court.file(new CourtFiling(step.idempotencyKey(), step.caseId(), step.county(),
        CourtFilingType.PROTECTION_ORDER_PETITION, step.details("childName", "childNationalId", "childBirthDate", "childSex", "protectionOrderType", "protectionOrderGrounds"))));
  }
}
