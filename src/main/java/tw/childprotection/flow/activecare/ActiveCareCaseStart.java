package tw.childprotection.flow.activecare;

import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What every active-care case starts with, whoever started it (the referral API, a batch, a test):
 * the facts the gateways ask about begin as "not yet known to be so". In the diagram as the process's
 * start listener {@code ${activeCareCaseStart.initialise(execution)}}.
 */
@Component("activeCareCaseStart")
public class ActiveCareCaseStart {

  static final Map<String, Object> DEFAULTS = Map.ofEntries(
      Map.entry(VAR_ENTERS_AT, VAR_ENTERS_AT_SCREENING),
      Map.entry(VAR_SCREENING_RESULT, ""),
      Map.entry(VAR_DEPARTED, false),
      Map.entry(VAR_VACCINATED, false),
      Map.entry(VAR_REMINDERS_DONE, 0),
      Map.entry(VAR_TWO_WAY_CONTACTS, 0),
      Map.entry(VAR_SUSPECTED_PROTECTION_ISSUE, false),
      Map.entry(VAR_PARENTS_REFUSE, false),
      Map.entry(VAR_NO_ONE_FOUND, false),
      Map.entry(VAR_FRAGILE_FAMILY_STATUS, "NONE"),
      Map.entry(VAR_ALREADY_SERVED, false),
      Map.entry(VAR_CARE_RECORDS_MATCHED, false),
      Map.entry(VAR_DISTRICT_LETTER_SENT, false),
      Map.entry(VAR_CHILD_FOUND, false),
      Map.entry(VAR_FOUND_NOTIFIED, "ORIGINAL_SOCIAL_UNIT"),
      Map.entry(VAR_FOUND_COUNTY, ""));

  public void initialise(DelegateExecution execution) {
    DEFAULTS.forEach((name, value) -> {
      if (execution.getVariable(name) == null) {
        execution.setVariable(name, value);
      }
    });
  }
}
