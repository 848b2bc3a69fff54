package tw.childprotection.flow.agencies.activecare;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorContract;

class SimulatedActiveCarePlatformTest extends SimulatorContract<ActiveCareRecord> {

  private final SimulatedActiveCarePlatform platform = new SimulatedActiveCarePlatform();

  @Override
  protected Simulator<ActiveCareRecord> simulator() {
    return platform;
  }

  @Override
  protected ActiveCareRecord call(String idempotencyKey, String caseId, Map<String, Object> details) {
    return new ActiveCareRecord(new ChildQuery(idempotencyKey, caseId, "TPE", CHILD_ID, details),
        ActiveCareRecordType.CASE_OPENED);
  }

  @Override
  protected ActiveCareRecord callWithoutType() {
    return new ActiveCareRecord(new ChildQuery("k", "CP-TPE-2026-000001", "TPE", CHILD_ID, DETAILS), null);
  }

  @Override
  protected AgencyReceipt send(ActiveCareRecord call) {
    return platform.report(call.query(), call.type());
  }

  @Override
  protected Map<String, Object> detailsOf(ActiveCareRecord call) {
    return call.query().details();
  }

  @Override
  protected String referencePrefix() {
    return "ACP";
  }
}
