package tw.childprotection.flow.agencies.police;

import tw.childprotection.flow.agencies.SimulatedAgencyReceipts;
import tw.childprotection.flow.agencies.SimulatedNoticeRecipient;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The police in process (mode simulator, the default): receipts {@code POLICE-<county>-000001}. */
@SimulatorMode
public class SimulatedPolice extends SimulatedNoticeRecipient<PoliceNoticeType> implements Police {

  public SimulatedPolice(SimulatedAgencyReceipts receipts) {
    super(receipts, "police", "POLICE");
  }
}
