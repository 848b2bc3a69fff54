package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.activecare.ActiveCarePlatform;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.cases.CaseStep;

/** The case closes on the active-care platform after the closure review (註5). */
@Component("reportClosureToPlatformDelegate")
class ReportClosureToPlatformDelegate implements JavaDelegate {

  private final ActiveCarePlatform platform;

  ReportClosureToPlatformDelegate(ActiveCarePlatform platform) {
    this.platform = platform;
  }

  @Override
  public void execute(DelegateExecution execution) {
    new CaseStep(execution).record(platform.report(ChildQueries.of(execution), ActiveCareRecordType.CASE_CLOSED));
  }
}
