package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.cases.CaseStep;

/** The question every agency lookup of an active-care case asks: this child, of this case. */
final class ChildQueries {

  private ChildQueries() {
  }

  static ChildQuery of(DelegateExecution execution) {
    return of(execution, "");
  }

  /** For a step that asks several systems: one idempotency key per system. */
  static ChildQuery of(DelegateExecution execution, String system) {
    CaseStep step = new CaseStep(execution);
    String key = system.isEmpty() ? step.idempotencyKey() : step.idempotencyKey() + ":" + system;
    return new ChildQuery(key, step.caseId(), step.county(), (String) execution.getVariable("childNationalId"),
        step.details("childName", "childBirthDate", "childSex", "registeredAddress"));
  }
}
