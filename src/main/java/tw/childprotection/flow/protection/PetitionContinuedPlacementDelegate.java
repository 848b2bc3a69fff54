package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.court.CourtFiling;
import tw.childprotection.flow.agencies.court.CourtFilingType;

/** Art. 7: petition for continued placement before the 72 hours run out. */
@Component("petitionContinuedPlacementDelegate")
class PetitionContinuedPlacementDelegate implements JavaDelegate {

  private final DistrictCourt court;

  PetitionContinuedPlacementDelegate(DistrictCourt court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(court.file(new CourtFiling(step.idempotencyKey(), step.caseId(), step.county(),
        CourtFilingType.CONTINUED_PLACEMENT_PETITION, step.details("childName", "childNationalId", "childBirthDate", "childSex", "placedAt", "placementGround", "placementAssessmentNote"))));
  }
}
