package tw.childprotection.flow.agencies.protectioninfo;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.Simulator;
import tw.childprotection.flow.agencies.SimulatorContract;

class SimulatedProtectionInformationSystemTest extends SimulatorContract<ProtectionRecord> {

  private final SimulatedProtectionInformationSystem system = new SimulatedProtectionInformationSystem();

  @Override
  protected Simulator<ProtectionRecord> simulator() {
    return system;
  }

  @Override
  protected ProtectionRecord call(String idempotencyKey, String caseId, Map<String, Object> details) {
    return new ProtectionRecord(idempotencyKey, caseId, "TPE", ProtectionRecordType.REPORT_RECEIVED, details);
  }

  @Override
  protected ProtectionRecord callWithoutType() {
    return new ProtectionRecord("k", "CP-TPE-2026-000001", "TPE", null, DETAILS);
  }

  @Override
  protected AgencyReceipt send(ProtectionRecord call) {
    return system.register(call);
  }

  @Override
  protected Map<String, Object> detailsOf(ProtectionRecord call) {
    return call.details();
  }

  @Override
  protected String referencePrefix() {
    return "PIS";
  }
}
