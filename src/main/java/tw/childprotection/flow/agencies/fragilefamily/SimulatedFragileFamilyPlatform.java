package tw.childprotection.flow.agencies.fragilefamily;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;

/**
 * The fragile-family case management platform in process (mode simulator, the default):
 * knows no child unless stubbed.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedFragileFamilyPlatform extends SimulatedRecordMatcher implements FragileFamilyPlatform {

  public SimulatedFragileFamilyPlatform() {
    super("脆弱家庭個案管理平台");
  }
}
