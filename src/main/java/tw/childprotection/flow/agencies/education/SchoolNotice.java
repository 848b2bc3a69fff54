package tw.childprotection.flow.agencies.education;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyRecords;

/**
 * One notice to the school or education authority. {@code identityConfidential} asks the school to
 * keep the child's identity and whereabouts from others (e.g. a transfer away from the perpetrator).
 * {@code details} carries personal data and is sent, never logged: {@link #toString()} leaves it out.
 */
public record SchoolNotice(String idempotencyKey, String caseId, String county, SchoolNoticeType type,
    boolean identityConfidential, Map<String, Object> details) {

  public SchoolNotice {
    AgencyRecords.requireText(idempotencyKey, "idempotencyKey");
    AgencyRecords.requireText(caseId, "caseId");
    AgencyRecords.requirePresent(type, "type");
    details = AgencyRecords.details(details);
  }

  @Override
  public String toString() {
    return AgencyRecords.describe("SchoolNotice", idempotencyKey, caseId, county, type);
  }
}
