package tw.childprotection.flow.cases;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.people.StartableInTasklist;

/**
 * A case belongs to its handling county: definitions are shared, each instance's tenant is the
 * {@code county} start variable, and a called process or decision inherits its caller's county; a
 * request started in Tasklist is the county of the person logged in.
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
    if (StartableInTasklist.KEYS.contains(ctx.getProcessDefinition().getKey())) {
      return countyOfTheLogin(ctx);
    }
    Object county = ctx.getVariables() == null ? null : ctx.getVariables().get(COUNTY_VARIABLE);
    if (county instanceof String code && County.fromCode(code).isPresent()) {
      return code;
    }
    throw new ProcessEngineException("A case of '" + ctx.getProcessDefinition().getKey()
        + "' must start with the variable 'county' set to one of the 22 county codes, was " + county);
  }

  /**
   * A request a person starts in Tasklist about an existing case (啟動選擇性保護處置) is of the county of
   * whoever is logged in, never of a variable the caller sets (issue 12, hole 1); its delegate refuses it
   * unless the case is of that county too. Someone of no single county (an administrator) files it under
   * the county in the case id, and the delegate judges it the same way.
   */
  private static String countyOfTheLogin(TenantIdProviderProcessInstanceContext ctx) {
    CommandContext command = Context.getCommandContext();
    Authentication login = command == null ? null : command.getAuthentication();
    List<String> counties = login == null || login.getTenantIds() == null ? List.of() : login.getTenantIds();
    if (counties.size() == 1) {
      return counties.get(0);
    }
    Object caseId = ctx.getVariables() == null ? null : ctx.getVariables().get(CASE_ID_VARIABLE);
    if (caseId instanceof String text) {
      Optional<CaseId> id = CaseId.parse(text);
      if (id.isPresent()) {
        return id.get().county().code();
      }
    }
    throw new ProcessEngineException("A request of '" + ctx.getProcessDefinition().getKey()
        + "' is started by a person of one county, about a case of that county");
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
