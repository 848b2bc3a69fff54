package tw.childprotection.flow.agencies.childcare;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatedRecordMatcherContract;

class SimulatedChildcareRegistryTest extends SimulatedRecordMatcherContract {

  private final SimulatedChildcareRegistry system = new SimulatedChildcareRegistry();

  @Override
  protected SimulatedRecordMatcher matcher() {
    return system;
  }

  @Override
  protected String system() {
    return "托育人員登記管理資訊系統";
  }
}
