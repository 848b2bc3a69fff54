package tw.childprotection.flow.agencies.education;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;

/** The education authority in process (mode simulator, the default): receipts {@code EDU-<county>-000001}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedEducationAuthority extends Simulator<SchoolNotice> implements EducationAuthority {

  public SimulatedEducationAuthority() {
    super("education authority", "EDU", SchoolNotice::idempotencyKey, SchoolNotice::caseId, SchoolNotice::county,
        SchoolNotice::type);
  }

  @Override
  public AgencyReceipt notify(SchoolNotice notice) {
    return receive(notice);
  }
}
