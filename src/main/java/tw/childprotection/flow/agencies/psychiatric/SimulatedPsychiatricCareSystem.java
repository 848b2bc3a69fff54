package tw.childprotection.flow.agencies.psychiatric;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The psychiatric care information system in process (mode simulator, the default):
 * knows no child unless stubbed.
 */
@SimulatorMode
public class SimulatedPsychiatricCareSystem extends SimulatedRecordMatcher implements PsychiatricCareSystem {

  public SimulatedPsychiatricCareSystem() {
    super("精神照護資訊管理系統");
  }
}
