package tw.childprotection.flow.agencies.court;

import java.util.Map;
import tw.childprotection.flow.agencies.AgencyRecords;

/**
 * One filing with the district court. {@code details} carries the child's and parents' personal data
 * and is sent, never logged: {@link #toString()} leaves it out.
 */
public record CourtFiling(String idempotencyKey, String caseId, String county, CourtFilingType type,
    Map<String, Object> details) {

  public CourtFiling {
    AgencyRecords.requireText(idempotencyKey, "idempotencyKey");
    AgencyRecords.requireText(caseId, "caseId");
    AgencyRecords.requirePresent(type, "type");
    details = AgencyRecords.details(details);
  }

  @Override
  public String toString() {
    return AgencyRecords.describe("CourtFiling", idempotencyKey, caseId, county, type);
  }
}
