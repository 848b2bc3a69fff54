package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.fragilefamily.FragileFamilyPlatform;

/**
 * C: the child is matched on the fragile-family case management platform — in service, or listed as missing — for
 * the referral table.
 */
@Component("matchFragileFamilyDelegate")
class MatchFragileFamilyDelegate implements JavaDelegate {

  private final FragileFamilyPlatform fragileFamily;

  MatchFragileFamilyDelegate(FragileFamilyPlatform fragileFamily) {
    this.fragileFamily = fragileFamily;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MatchResult result = fragileFamily.match(ChildQueries.of(execution));
    String status = !result.found() ? "NONE" : result.inService() ? "IN_SERVICE" : "MISSING";
    execution.setVariable(ActiveCareCase.VAR_FRAGILE_FAMILY_STATUS, status);
  }
}
