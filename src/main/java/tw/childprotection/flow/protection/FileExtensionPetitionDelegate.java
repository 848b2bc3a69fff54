package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.court.CourtFiling;
import tw.childprotection.flow.agencies.court.CourtFilingType;

/** Art. 8: petition to extend the placement, at least 7 days before the term ends. */
@Component("fileExtensionPetitionDelegate")
class FileExtensionPetitionDelegate implements JavaDelegate {

  private final DistrictCourt court;

  FileExtensionPetitionDelegate(DistrictCourt court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(court.file(new CourtFiling(step.idempotencyKey(), step.caseId(), step.county(),
        CourtFilingType.EXTENSION_PETITION, step.details("termEndsAt", "extensionReason", "rulingCaseNumber"))));
  }
}
