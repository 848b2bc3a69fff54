package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.court.CourtFiling;
import tw.childprotection.flow.agencies.court.CourtFilingType;

/** Art. 6 para 3: the care and guidance report of a continued placement, to the court for the record. */
@Component("sendCareReportToCourtDelegate")
class SendCareReportToCourtDelegate implements JavaDelegate {

  private final DistrictCourt court;

  SendCareReportToCourtDelegate(DistrictCourt court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(court.file(new CourtFiling(step.idempotencyKey(), step.caseId(), step.county(),
        CourtFilingType.CARE_REPORT, step.details("careReportDate", "childCondition", "rulingCaseNumber"))));
  }
}
