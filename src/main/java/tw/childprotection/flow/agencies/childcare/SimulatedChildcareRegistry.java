package tw.childprotection.flow.agencies.childcare;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;

/** The childcare registry in process (mode simulator, the default): knows no child unless stubbed. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedChildcareRegistry extends SimulatedRecordMatcher implements ChildcareRegistry {

  public SimulatedChildcareRegistry() {
    super("托育人員登記管理資訊系統");
  }
}
