package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.activecare.ActiveCarePlatform;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.cases.CaseStep;

/** Social affairs is told: the case is listed on the SFAA active-care case management platform. */
@Component("reportToActiveCarePlatformDelegate")
class ReportToActiveCarePlatformDelegate implements JavaDelegate {

  private final ActiveCarePlatform platform;

  ReportToActiveCarePlatformDelegate(ActiveCarePlatform platform) {
    this.platform = platform;
  }

  @Override
  public void execute(DelegateExecution execution) {
    new CaseStep(execution).record(platform.report(ChildQueries.of(execution), ActiveCareRecordType.CASE_OPENED));
  }
}
