package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.activecare.ActiveCarePlatform;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.cases.CaseStep;

/** Missing (行方不明): the platform passes the child to the NPA women-and-children case system for a search. */
@Component("reportMissingChildDelegate")
class ReportMissingChildDelegate implements JavaDelegate {

  private final ActiveCarePlatform platform;

  ReportMissingChildDelegate(ActiveCarePlatform platform) {
    this.platform = platform;
  }

  @Override
  public void execute(DelegateExecution execution) {
    new CaseStep(execution).record(platform.report(ChildQueries.of(execution), ActiveCareRecordType.MISSING_CHILD));
  }
}
