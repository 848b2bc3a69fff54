package tw.childprotection.flow.agencies.fragilefamily;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The fragile-family case management platform in process (mode simulator, the default):
 * knows no child unless stubbed.
 */
@SimulatorMode
public class SimulatedFragileFamilyPlatform extends SimulatedRecordMatcher implements FragileFamilyPlatform {

  public SimulatedFragileFamilyPlatform() {
    super("脆弱家庭個案管理平台");
  }
}
