package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Remembers when the case was opened for protection services (開案): the family plan's two years
 * (辦法 第11條) run from then, also after a transfer to another county restarts the services there.
 * Used in the diagram as {@code ${caseOpening.record(execution)}}.
 */
@Component("caseOpening")
public class CaseOpening {

  public static final String VAR_CASE_OPENED_AT = "caseOpenedAt";

  public void record(DelegateExecution execution) {
    if (execution.getVariable(VAR_CASE_OPENED_AT) == null) {
      execution.setVariable(VAR_CASE_OPENED_AT, ClockUtil.getCurrentTime());
    }
  }
}
