package tw.childprotection.flow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.springframework.stereotype.Component;

/**
 * Tasks authorized by group and county, cases by need to know (docs/adr/0014): no authorization row per
 * task for case-wide groups, the candidate group still decides who works a task, and a need-to-know
 * group reads a case in history through READ on that process instance.
 */
@Component
class NeedToKnowEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new GroupTaskAuthorizations());
    // the engine's own two checkers, in its order: the county (tenant) first, then authorizations
    configuration.setCommandCheckers(new ArrayList<>(List.of(new TenantCommandChecker(), new CandidateGroupChecker())));
    configuration.setEnableHistoricInstancePermissions(true);
  }
}
