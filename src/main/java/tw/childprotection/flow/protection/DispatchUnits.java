package tw.childprotection.flow.protection;

import java.util.Collection;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The units the dispatch assigned (辦法 第4條: 社政、衛政、教育或警政單位): each one chosen gets a task of its
 * own. Tasklist submits the checklist as JSON text, the API may send a list or one code; all read the
 * same. Used in the diagram as {@code ${dispatchUnits.includes(execution, 'HEALTH')}} (not named like the
 * variable, which would hide the bean).
 */
@Component("dispatchUnits")
public class DispatchUnits {

  public static final String VAR_ASSIGNED_UNITS = "assignedUnits";

  public boolean includes(DelegateExecution execution, String unit) {
    Object value = execution.getVariable(VAR_ASSIGNED_UNITS);
    if (value instanceof Collection<?> units) {
      return units.stream().anyMatch(u -> unit.equals(String.valueOf(u)));
    }
    return value != null && Pattern.compile("\\b" + Pattern.quote(unit) + "\\b").matcher(String.valueOf(value)).find();
  }
}
