package tw.childprotection.flow.agencies.psychiatric;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;

/**
 * The psychiatric care information system in process (mode simulator, the default):
 * knows no child unless stubbed.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedPsychiatricCareSystem extends SimulatedRecordMatcher implements PsychiatricCareSystem {

  public SimulatedPsychiatricCareSystem() {
    super("精神照護資訊管理系統");
  }
}
