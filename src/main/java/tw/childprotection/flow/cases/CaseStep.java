package tw.childprotection.flow.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import tw.childprotection.flow.agencies.AgencyReceipt;

/**
 * What an agency call from a case needs from the process: the case, its county, an
 * idempotency key and the variables the agency is sent. Kept here so delegates stay one call each.
 */
public record CaseStep(DelegateExecution execution) {

  public String caseId() {
    return execution.getProcessBusinessKey();
  }

  public String county() {
    return (String) execution.getVariable(CaseVariables.COUNTY);
  }

  /**
   * The same for every retry of this step (a failed attempt leaves no finished activity instance)
   * and different for each pass through it (each placement term's petition is its own filing).
   */
  public String idempotencyKey() {
    long passesBefore = execution.getProcessEngineServices().getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .finished()
        .count();
    return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + (passesBefore + 1);
  }

  /** The named variables that are set, as the agency receives them. */
  public Map<String, Object> details(String... variables) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (String name : variables) {
      Object value = execution.getVariable(name);
      if (value != null) {
        details.put(name, value instanceof Number || value instanceof Boolean ? value : value.toString());
      }
    }
    return details;
  }

  /** The agency's reference, kept on the case so Cockpit and the case API show what was sent. */
  public void record(AgencyReceipt receipt) {
    execution.setVariable(execution.getCurrentActivityId() + "Reference", receipt.reference());
  }
}
