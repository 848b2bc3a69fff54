package tw.childprotection.flow.agencies.district;

import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedAgencyReceipts;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The district offices in process (mode simulator, the default): receipts {@code DISTRICT-<county>-000001}. */
@SimulatorMode
public class SimulatedDistrictOffice extends Simulator<ChildQuery> implements DistrictOffice {

  public SimulatedDistrictOffice(SimulatedAgencyReceipts receipts) {
    super(receipts, "district office", "DISTRICT", ChildQuery::idempotencyKey, ChildQuery::caseId,
        ChildQuery::county, query -> "follow-up request");
  }

  @Override
  public AgencyReceipt requestFollowUp(ChildQuery query) {
    return receive(query);
  }
}
