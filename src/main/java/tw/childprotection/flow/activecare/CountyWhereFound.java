package tw.childprotection.flow.activecare;

import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.people.County;

/**
 * A missing child found in another county, the police having told that county (at night, on a
 * holiday, across counties or when urgent): the county where the child is steps in at once. Its part
 * runs there, under the same case id, so its social workers see it in their Tasklist and read the case;
 * the county that asked goes on with the case. Started in the agency step's own transaction, so a retry
 * never starts it twice.
 */
@Service
class CountyWhereFound {

  static final String[] CHILD = {CaseVariables.CHILD_NATIONAL_ID, CaseVariables.CHILD_NAME,
      CaseVariables.CHILD_BIRTH_DATE, CaseVariables.CHILD_SEX, ActiveCareCase.VAR_REGISTERED_ADDRESS};

  private final RuntimeService runtime;

  CountyWhereFound(RuntimeService runtime) {
    this.runtime = runtime;
  }

  String stepIn(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    String where = (String) execution.getVariable(VAR_FOUND_COUNTY);
    County county = County.fromCode(where).orElseThrow(() -> new IllegalStateException(
        "case " + step.caseId() + ": the police search named no valid county where the child was found"));
    Map<String, Object> variables = new HashMap<>(step.details(CHILD));
    variables.put(VAR_COUNTY, county.code());
    variables.put("activeCareCaseId", step.caseId());
    variables.put("askingCounty", step.county());
    return runtime.startProcessInstanceByKey(FOUND_CHILD_INTERVENTION_KEY, step.caseId(), variables).getId();
  }
}
