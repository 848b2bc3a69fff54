package tw.childprotection.flow.agencies;

import java.util.Map;

/**
 * One notice, filing or record a case sends an agency that receives them (the district court, the
 * police, schools and education authorities, the protection information system): the case, its county,
 * the agency's kind of notice, whether the receiver must keep the child's identity confidential, and
 * the details. {@code details} carries personal data and is sent, never logged: {@link #toString()}
 * leaves it out.
 *
 * @param <T> the agency's kinds of notice, e.g. {@code CourtFilingType}
 */
public record AgencyNotice<T extends Enum<T>>(String idempotencyKey, String caseId, String county, T type,
    boolean identityConfidential, Map<String, Object> details) {

  public AgencyNotice {
    AgencyRecords.requireText(idempotencyKey, "idempotencyKey");
    AgencyRecords.requireText(caseId, "caseId");
    AgencyRecords.requirePresent(type, "type");
    details = AgencyRecords.details(details);
  }

  /** A notice without the request to keep the child's identity confidential. */
  public AgencyNotice(String idempotencyKey, String caseId, String county, T type, Map<String, Object> details) {
    this(idempotencyKey, caseId, county, type, false, details);
  }

  @Override
  public String toString() {
    return AgencyRecords.describe("AgencyNotice", idempotencyKey, caseId, county, type);
  }
}
