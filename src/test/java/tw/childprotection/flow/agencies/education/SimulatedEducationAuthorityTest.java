package tw.childprotection.flow.agencies.education;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorContract;

class SimulatedEducationAuthorityTest extends SimulatorContract<SchoolNotice> {

  private final SimulatedEducationAuthority education = new SimulatedEducationAuthority();

  @Override
  protected Simulator<SchoolNotice> simulator() {
    return education;
  }

  @Override
  protected SchoolNotice call(String idempotencyKey, String caseId, Map<String, Object> details) {
    return new SchoolNotice(idempotencyKey, caseId, "TPE", SchoolNoticeType.PLACEMENT_NOTICE, true, details);
  }

  @Override
  protected SchoolNotice callWithoutType() {
    return new SchoolNotice("k", "CP-TPE-2026-000001", "TPE", null, false, DETAILS);
  }

  @Override
  protected AgencyReceipt send(SchoolNotice call) {
    return education.notify(call);
  }

  @Override
  protected Map<String, Object> detailsOf(SchoolNotice call) {
    return call.details();
  }

  @Override
  protected String referencePrefix() {
    return "EDU";
  }
}
