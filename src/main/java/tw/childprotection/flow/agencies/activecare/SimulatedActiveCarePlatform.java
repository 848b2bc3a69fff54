package tw.childprotection.flow.agencies.activecare;

import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedAgencyReceipts;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorMode;

/** The active-care platform in process (mode simulator, the default): receipts {@code ACP-<county>-000001}. */
@SimulatorMode
public class SimulatedActiveCarePlatform extends Simulator<ActiveCareRecord> implements ActiveCarePlatform {

  public SimulatedActiveCarePlatform(SimulatedAgencyReceipts receipts) {
    super(receipts, "active-care platform", "ACP", record -> record.query().idempotencyKey(),
        record -> record.query().caseId(), record -> record.query().county(), ActiveCareRecord::type);
  }

  @Override
  public AgencyReceipt report(ChildQuery query, ActiveCareRecordType type) {
    return receive(new ActiveCareRecord(query, type));
  }
}
