package tw.childprotection.flow.agencies.disability;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;

/** The disability case management system in process (mode simulator, the default): knows no child unless stubbed. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedDisabilityCaseManagement extends SimulatedRecordMatcher implements DisabilityCaseManagement {

  public SimulatedDisabilityCaseManagement() {
    super("身心障礙個案管理服務系統");
  }
}
