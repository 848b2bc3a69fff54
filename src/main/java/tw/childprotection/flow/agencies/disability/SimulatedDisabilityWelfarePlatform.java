package tw.childprotection.flow.agencies.disability;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The disability welfare platform in process (mode simulator, the default): knows no child unless stubbed. */
@SimulatorMode
public class SimulatedDisabilityWelfarePlatform extends SimulatedRecordMatcher implements DisabilityWelfarePlatform {

  public SimulatedDisabilityWelfarePlatform() {
    super("全國身心障礙福利資訊整合平台");
  }
}
