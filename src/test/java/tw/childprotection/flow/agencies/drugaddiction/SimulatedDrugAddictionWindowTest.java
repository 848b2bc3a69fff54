package tw.childprotection.flow.agencies.drugaddiction;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatedRecordMatcherContract;

class SimulatedDrugAddictionWindowTest extends SimulatedRecordMatcherContract {

  private final SimulatedDrugAddictionWindow system = new SimulatedDrugAddictionWindow();

  @Override
  protected SimulatedRecordMatcher matcher() {
    return system;
  }

  @Override
  protected String system() {
    return "毒品成癮者單一窗口服務系統";
  }
}
