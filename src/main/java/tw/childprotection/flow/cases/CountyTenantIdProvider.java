package tw.childprotection.flow.cases;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import tw.childprotection.flow.people.County;

/**
 * A case belongs to its handling county: definitions are shared, each instance's tenant is the
 * {@code county} start variable, and a called process or decision inherits its caller's county.
 * A case without a valid county is refused rather than left visible to every county.
 */
class CountyTenantIdProvider implements TenantIdProvider {

  static final String COUNTY_VARIABLE = CaseVariables.COUNTY;
  static final String CASE_ID_VARIABLE = "caseId";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (NationalProcesses.KEYS.contains(ctx.getProcessDefinition().getKey())) {
      return null;
    }
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    if (ctx.getSuperCaseExecution() != null) {
      return ctx.getSuperCaseExecution().getTenantId();
    }
    Object county = ctx.getVariables() == null ? null : ctx.getVariables().get(COUNTY_VARIABLE);
    if (county instanceof String code && County.fromCode(code).isPresent()) {
      return code;
    }
    // a request about an existing case (e.g. 啟動選擇性保護處置 started in Tasklist) is the case's county's
    Object caseId = ctx.getVariables() == null ? null : ctx.getVariables().get(CASE_ID_VARIABLE);
    if (caseId instanceof String text) {
      Optional<CaseId> id = CaseId.parse(text);
      if (id.isPresent()) {
        return id.get().county().code();
      }
    }
    throw new ProcessEngineException("A case of '" + ctx.getProcessDefinition().getKey()
        + "' must start with the variable 'county' set to one of the 22 county codes, was " + county);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return ctx.getSuperExecution() == null ? null : ctx.getSuperExecution().getTenantId();
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return ctx.getCaseExecution() == null ? null : ctx.getCaseExecution().getTenantId();
  }
}
