package tw.childprotection.flow.agencies.childcare;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The childcare registry in process (mode simulator, the default): knows no child unless stubbed. */
@SimulatorMode
public class SimulatedChildcareRegistry extends SimulatedRecordMatcher implements ChildcareRegistry {

  public SimulatedChildcareRegistry() {
    super("托育人員登記管理資訊系統");
  }
}
