package tw.childprotection.flow.agencies.disability;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;

/** The disability welfare platform in process (mode simulator, the default): knows no child unless stubbed. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedDisabilityWelfarePlatform extends SimulatedRecordMatcher implements DisabilityWelfarePlatform {

  public SimulatedDisabilityWelfarePlatform() {
    super("全國身心障礙福利資訊整合平台");
  }
}
