package tw.childprotection.flow.agencies.protectioninfo;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyRecords;

/**
 * One record for the protection information system. {@code details} carries personal data and is
 * sent, never logged: {@link #toString()} leaves it out.
 */
public record ProtectionRecord(String idempotencyKey, String caseId, String county, ProtectionRecordType type,
    Map<String, Object> details) {

  public ProtectionRecord {
    AgencyRecords.requireText(idempotencyKey, "idempotencyKey");
    AgencyRecords.requireText(caseId, "caseId");
    AgencyRecords.requirePresent(type, "type");
    details = AgencyRecords.details(details);
  }

  @Override
  public String toString() {
    return AgencyRecords.describe("ProtectionRecord", idempotencyKey, caseId, county, type);
  }
}
