package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Social affairs (1): matching on the platform, recorded so it is not done twice (註3, 註4-1). */
@Component("matchCareRecordsDelegate")
class MatchCareRecordsDelegate implements JavaDelegate {

  private final CareRecordsMatch match;

  MatchCareRecordsDelegate(CareRecordsMatch match) {
    this.match = match;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("careRecordsSummary", match.summary(execution));
    execution.setVariable(ActiveCareCase.VAR_CARE_RECORDS_MATCHED, true);
  }
}
