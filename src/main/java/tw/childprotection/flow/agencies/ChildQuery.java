package tw.childprotection.flow.agencies;

import java.util.Map;

/**
 * One question about one child of one case, asked of an agency system (a lookup, a match, a letter).
 * The national ID and {@code details} are sent, never logged: {@link #toString()} leaves them out.
 */
public record ChildQuery(String idempotencyKey, String caseId, String county, String childNationalId,
    Map<String, Object> details) {

  public ChildQuery {
    AgencyRecords.requireText(idempotencyKey, "idempotencyKey");
    AgencyRecords.requireText(caseId, "caseId");
    AgencyRecords.requireText(childNationalId, "childNationalId");
    details = AgencyRecords.details(details);
  }

  @Override
  public String toString() {
    return AgencyRecords.describe("ChildQuery", idempotencyKey, caseId, county);
  }
}
