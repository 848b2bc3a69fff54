package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Social affairs (1): matching on the platform, recorded so it is not done twice (註3, 註4-1), with the
 * sources that answered and those that did not, for the social worker to follow up.
 */
@Component("matchCareRecordsDelegate")
class MatchCareRecordsDelegate implements JavaDelegate {

  private final CareRecordsMatch match;

  MatchCareRecordsDelegate(CareRecordsMatch match) {
    this.match = match;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CareRecordsMatch.Result result = match.match(execution);
    execution.setVariable(ActiveCareCase.VAR_CARE_RECORDS_SUMMARY, result.summary());
    execution.setVariable(ActiveCareCase.VAR_CARE_RECORDS_ANSWERED, String.join(",", result.answered()));
    execution.setVariable(ActiveCareCase.VAR_CARE_RECORDS_UNANSWERED, String.join(",", result.unanswered()));
    execution.setVariable(ActiveCareCase.VAR_CARE_RECORDS_MATCHED, true);
  }
}
