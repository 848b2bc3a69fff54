package tw.childprotection.flow.agencies.activecare;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.Simulator;

/** The active-care platform in process (mode simulator, the default): receipts {@code ACP-<county>-000001}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedActiveCarePlatform extends Simulator<ActiveCareRecord> implements ActiveCarePlatform {

  public SimulatedActiveCarePlatform() {
    super("active-care platform", "ACP", record -> record.query().idempotencyKey(),
        record -> record.query().caseId(), record -> record.query().county(), ActiveCareRecord::type);
  }

  @Override
  public AgencyReceipt report(ChildQuery query, ActiveCareRecordType type) {
    return receive(new ActiveCareRecord(query, type));
  }
}
