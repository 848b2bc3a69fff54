package tw.childprotection.flow.agencies.police;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorContract;

class SimulatedPoliceTest extends SimulatorContract<PoliceNotice> {

  private final SimulatedPolice police = new SimulatedPolice();

  @Override
  protected Simulator<PoliceNotice> simulator() {
    return police;
  }

  @Override
  protected PoliceNotice call(String idempotencyKey, String caseId, Map<String, Object> details) {
    return new PoliceNotice(idempotencyKey, caseId, "TPE", PoliceNoticeType.PLACEMENT_NOTICE, details);
  }

  @Override
  protected PoliceNotice callWithoutType() {
    return new PoliceNotice("k", "CP-TPE-2026-000001", "TPE", null, DETAILS);
  }

  @Override
  protected AgencyReceipt send(PoliceNotice call) {
    return police.notify(call);
  }

  @Override
  protected Map<String, Object> detailsOf(PoliceNotice call) {
    return call.details();
  }

  @Override
  protected String referencePrefix() {
    return "POLICE";
  }
}
