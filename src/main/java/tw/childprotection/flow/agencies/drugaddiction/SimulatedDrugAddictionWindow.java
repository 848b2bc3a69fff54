package tw.childprotection.flow.agencies.drugaddiction;

import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The drug-addiction single-window service system in process (mode simulator, the default):
 * knows no child unless stubbed.
 */
@SimulatorMode
public class SimulatedDrugAddictionWindow extends SimulatedRecordMatcher implements DrugAddictionWindow {

  public SimulatedDrugAddictionWindow() {
    super("毒品成癮者單一窗口服務系統");
  }
}
