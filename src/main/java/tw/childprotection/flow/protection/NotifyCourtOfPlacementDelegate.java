package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.court.CourtFiling;
import tw.childprotection.flow.agencies.court.CourtFilingType;

/** Art. 6: written notice of an emergency placement to the district court. */
@Component("notifyCourtOfPlacementDelegate")
class NotifyCourtOfPlacementDelegate implements JavaDelegate {

  private final DistrictCourt court;

  NotifyCourtOfPlacementDelegate(DistrictCourt court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(court.file(new CourtFiling(step.idempotencyKey(), step.caseId(), step.county(),
        CourtFilingType.PLACEMENT_NOTICE, step.details("childName", "childNationalId", "childBirthDate", "childSex", "placedAt", "placementGround"))));
  }
}
