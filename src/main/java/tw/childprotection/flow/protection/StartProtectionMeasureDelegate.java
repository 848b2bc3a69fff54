package tw.childprotection.flow.protection;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.ConflictException;
import tw.childprotection.flow.validation.InvalidInputException;

/**
 * The Tasklist way to start 辦法 第12、13條 work on an open case: a social worker starts
 * "啟動選擇性保護處置" with the case id and the measure; only people of the county handling the case
 * now may. Who asks and for which county come from the login, never from the request's variables: the
 * start variables are the form's fields and nothing else, and {@code requestedBy} (the start event's
 * initiator, which the engine sets from the login) may not be overridden (issue 12, hole 1). A refusal
 * is a 400 Tasklist shows; nothing is started.
 */
@Component("startProtectionMeasureDelegate")
record StartProtectionMeasureDelegate(ProtectionMeasures measures, EngineAsSystem system) implements JavaDelegate {

  static final String VAR_CASE_ID = "caseId";
  static final String VAR_MEASURE = "measure";
  static final String VAR_REQUESTED_BY = "requestedBy";
  /** The fields of forms/protection/measure-request.form, and the initiator. */
  static final Set<String> VARIABLES = Set.of(VAR_CASE_ID, VAR_MEASURE, VAR_REQUESTED_BY);

  @Override
  public void execute(DelegateExecution execution) {
    Authentication login = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    for (String variable : execution.getVariableNames()) {
      if (!VARIABLES.contains(variable)) {
        throw MeasureRequestRefused.notAFormField(variable);
      }
    }
    String user = login == null ? null : login.getUserId();
    if (user == null || !user.equals(execution.getVariable(VAR_REQUESTED_BY))) {
      throw MeasureRequestRefused.notAFormField(VAR_REQUESTED_BY);
    }
    String caseId = execution.getVariable(VAR_CASE_ID) instanceof String text ? text : null;
    Optional<String> county = caseId == null ? Optional.empty() : system.call(() -> measures.currentCounty(caseId));
    boolean ofTheLogin = county.isPresent() && county.get().equals(execution.getTenantId())
        && login.getTenantIds() != null && login.getTenantIds().contains(county.get());
    if (!ofTheLogin) {
      // one answer for another county's case, a closed one and no case at all (hole 2)
      throw MeasureRequestRefused.noOpenCase();
    }
    Object measureValue = execution.getVariable(VAR_MEASURE);
    try {
      ProtectionMeasures.Measure measure = ProtectionMeasures.measure(
          measureValue instanceof String text ? text : null);
      // the social worker may not change other process instances; the county check above stands in
      system.call(() -> measures.start(caseId, measure));
    } catch (InvalidInputException e) {
      throw new MeasureRequestRefused(e.errors().get(0));
    } catch (ConflictException e) {
      throw new MeasureRequestRefused(e.error());
    }
  }
}
