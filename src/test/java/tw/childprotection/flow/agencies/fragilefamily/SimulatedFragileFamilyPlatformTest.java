package tw.childprotection.flow.agencies.fragilefamily;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatedRecordMatcherContract;

class SimulatedFragileFamilyPlatformTest extends SimulatedRecordMatcherContract {

  private final SimulatedFragileFamilyPlatform system = new SimulatedFragileFamilyPlatform();

  @Override
  protected SimulatedRecordMatcher matcher() {
    return system;
  }

  @Override
  protected String system() {
    return "脆弱家庭個案管理平台";
  }
}
