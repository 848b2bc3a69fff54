package tw.childprotection.flow.agencies.education;

import tw.childprotection.flow.agencies.SimulatedAgencyReceipts;
import tw.childprotection.flow.agencies.SimulatedNoticeRecipient;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The education authority in process (mode simulator, the default): receipts {@code EDU-<county>-000001}. */
@SimulatorMode
public class SimulatedEducationAuthority extends SimulatedNoticeRecipient<SchoolNoticeType>
    implements EducationAuthority {

  public SimulatedEducationAuthority(SimulatedAgencyReceipts receipts) {
    super(receipts, "education authority", "EDU");
  }
}
