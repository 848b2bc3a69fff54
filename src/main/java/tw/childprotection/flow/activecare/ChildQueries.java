package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.cases.CaseVariables;

/**
 * The question every agency lookup of an active-care case asks: this child, of this case. Built once
 * per step (its idempotency key reads the history), then addressed to each system the step asks.
 */
record ChildQueries(ChildQuery step) {

  static ChildQuery of(DelegateExecution execution) {
    return forStep(execution).step();
  }

  static ChildQueries forStep(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    return new ChildQueries(new ChildQuery(step.idempotencyKey(), step.caseId(), step.county(),
        (String) execution.getVariable(CaseVariables.CHILD_NATIONAL_ID),
        step.details(CaseVariables.CHILD_NAME, CaseVariables.CHILD_BIRTH_DATE, CaseVariables.CHILD_SEX,
            ActiveCareCase.VAR_REGISTERED_ADDRESS)));
  }

  /** For a step that asks several systems: one idempotency key per system. */
  ChildQuery to(String system) {
    return new ChildQuery(step.idempotencyKey() + ":" + system, step.caseId(), step.county(), step.childNationalId(),
        step.details());
  }
}
