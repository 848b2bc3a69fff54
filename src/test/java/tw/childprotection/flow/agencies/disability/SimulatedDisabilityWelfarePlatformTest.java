package tw.childprotection.flow.agencies.disability;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatedRecordMatcherContract;

class SimulatedDisabilityWelfarePlatformTest extends SimulatedRecordMatcherContract {

  private final SimulatedDisabilityWelfarePlatform system = new SimulatedDisabilityWelfarePlatform();

  @Override
  protected SimulatedRecordMatcher matcher() {
    return system;
  }

  @Override
  protected String system() {
    return "全國身心障礙福利資訊整合平台";
  }
}
