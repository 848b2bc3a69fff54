package tw.childprotection.flow.agencies.disability;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The disability case management system in process (mode simulator, the default): knows no child unless stubbed. */
@SimulatorMode
public class SimulatedDisabilityCaseManagement extends SimulatedRecordMatcher implements DisabilityCaseManagement {

  public SimulatedDisabilityCaseManagement() {
    super("身心障礙個案管理服務系統");
  }
}
