package tw.childprotection.flow.agencies.court;

import tw.childprotection.flow.agencies.SimulatedAgencyReceipts;
import tw.childprotection.flow.agencies.SimulatedNoticeRecipient;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The district court in process (mode simulator, the default): receipts {@code COURT-<county>-000001}. */
@SimulatorMode
public class SimulatedDistrictCourt extends SimulatedNoticeRecipient<CourtFilingType> implements DistrictCourt {

  public SimulatedDistrictCourt(SimulatedAgencyReceipts receipts) {
    super(receipts, "district court", "COURT");
  }
}
