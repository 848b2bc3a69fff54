package tw.childprotection.flow.agencies.drugaddiction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;

/**
 * The drug-addiction single-window service system in process (mode simulator, the default):
 * knows no child unless stubbed.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedDrugAddictionWindow extends SimulatedRecordMatcher implements DrugAddictionWindow {

  public SimulatedDrugAddictionWindow() {
    super("毒品成癮者單一窗口服務系統");
  }
}
