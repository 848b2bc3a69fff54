package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The moment social affairs is told, from which its 10-day visit and 30-day report run
 * ({@code socialNotifiedAt}). A missing child found is news to social affairs again: the police notify the
 * unit that asked (個案經尋獲後，由警政單位通知原通報協尋之社政單位), so the revisit's clocks start afresh.
 * On the found flow: {@code ${activeCareClocks.restart(execution)}}.
 */
@Component("activeCareClocks")
public class ActiveCareClocks {

  public void restart(DelegateExecution execution) {
    execution.setVariable(ActiveCareCase.VAR_SOCIAL_NOTIFIED_AT, ClockUtil.getCurrentTime());
  }
}
