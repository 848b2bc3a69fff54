package tw.childprotection.flow.agencies.police;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;

/** The police in process (mode simulator, the default): receipts {@code POLICE-<county>-000001}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedPolice extends Simulator<PoliceNotice> implements Police {

  public SimulatedPolice() {
    super("police", "POLICE", PoliceNotice::idempotencyKey, PoliceNotice::caseId, PoliceNotice::county,
        PoliceNotice::type);
  }

  @Override
  public AgencyReceipt notify(PoliceNotice notice) {
    return receive(notice);
  }
}
