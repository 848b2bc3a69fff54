package tw.childprotection.flow.agencies.protectioninfo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;

/** The protection information system in process (mode simulator, the default): receipts {@code PIS-<county>-000001}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedProtectionInformationSystem extends Simulator<ProtectionRecord>
    implements ProtectionInformationSystem {

  public SimulatedProtectionInformationSystem() {
    super("protection information system", "PIS", ProtectionRecord::idempotencyKey, ProtectionRecord::caseId,
        ProtectionRecord::county, ProtectionRecord::type);
  }

  @Override
  public AgencyReceipt register(ProtectionRecord record) {
    return receive(record);
  }
}
