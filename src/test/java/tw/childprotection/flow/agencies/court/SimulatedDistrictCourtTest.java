package tw.childprotection.flow.agencies.court;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorContract;

class SimulatedDistrictCourtTest extends SimulatorContract<CourtFiling> {

  private final SimulatedDistrictCourt court = new SimulatedDistrictCourt();

  @Override
  protected Simulator<CourtFiling> simulator() {
    return court;
  }

  @Override
  protected CourtFiling call(String idempotencyKey, String caseId, Map<String, Object> details) {
    return new CourtFiling(idempotencyKey, caseId, "TPE", CourtFilingType.PLACEMENT_NOTICE, details);
  }

  @Override
  protected CourtFiling callWithoutType() {
    return new CourtFiling("k", "CP-TPE-2026-000001", "TPE", null, DETAILS);
  }

  @Override
  protected AgencyReceipt send(CourtFiling call) {
    return court.file(call);
  }

  @Override
  protected Map<String, Object> detailsOf(CourtFiling call) {
    return call.details();
  }

  @Override
  protected String referencePrefix() {
    return "COURT";
  }
}
