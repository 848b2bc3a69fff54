package tw.childprotection.flow.agencies.court;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;

/** The district court in process (mode simulator, the default): receipts {@code COURT-<county>-000001}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedDistrictCourt extends Simulator<CourtFiling> implements DistrictCourt {

  public SimulatedDistrictCourt() {
    super("district court", "COURT", CourtFiling::idempotencyKey, CourtFiling::caseId, CourtFiling::county,
        CourtFiling::type);
  }

  @Override
  public AgencyReceipt file(CourtFiling filing) {
    return receive(filing);
  }
}
