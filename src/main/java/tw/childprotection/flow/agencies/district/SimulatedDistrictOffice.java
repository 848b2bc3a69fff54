package tw.childprotection.flow.agencies.district;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.Simulator;

/** The district offices in process (mode simulator, the default): receipts {@code DISTRICT-<county>-000001}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedDistrictOffice extends Simulator<ChildQuery> implements DistrictOffice {

  public SimulatedDistrictOffice() {
    super("district office", "DISTRICT", ChildQuery::idempotencyKey, ChildQuery::caseId, ChildQuery::county,
        query -> "follow-up request");
  }

  @Override
  public AgencyReceipt requestFollowUp(ChildQuery query) {
    return receive(query);
  }
}
