package tw.childprotection.flow.agencies.disability;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatedRecordMatcherContract;

class SimulatedDisabilityCaseManagementTest extends SimulatedRecordMatcherContract {

  private final SimulatedDisabilityCaseManagement system = new SimulatedDisabilityCaseManagement();

  @Override
  protected SimulatedRecordMatcher matcher() {
    return system;
  }

  @Override
  protected String system() {
    return "身心障礙個案管理服務系統";
  }
}
