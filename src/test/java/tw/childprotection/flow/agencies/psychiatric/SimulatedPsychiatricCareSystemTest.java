package tw.childprotection.flow.agencies.psychiatric;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatedRecordMatcherContract;

class SimulatedPsychiatricCareSystemTest extends SimulatedRecordMatcherContract {

  private final SimulatedPsychiatricCareSystem system = new SimulatedPsychiatricCareSystem();

  @Override
  protected SimulatedRecordMatcher matcher() {
    return system;
  }

  @Override
  protected String system() {
    return "精神照護資訊管理系統";
  }
}
