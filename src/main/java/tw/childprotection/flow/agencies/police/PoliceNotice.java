package tw.childprotection.flow.agencies.police;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyRecords;

/**
 * One notice to the police. {@code details} carries personal data and is sent, never logged:
 * {@link #toString()} leaves it out.
 */
public record PoliceNotice(String idempotencyKey, String caseId, String county, PoliceNoticeType type,
    Map<String, Object> details) {

  public PoliceNotice {
    AgencyRecords.requireText(idempotencyKey, "idempotencyKey");
    AgencyRecords.requireText(caseId, "caseId");
    AgencyRecords.requirePresent(type, "type");
    details = AgencyRecords.details(details);
  }

  @Override
  public String toString() {
    return AgencyRecords.describe("PoliceNotice", idempotencyKey, caseId, county, type);
  }
}
