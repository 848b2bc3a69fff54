package tw.childprotection.flow.agencies.activecare;

import tw.childprotection.flow.agencies.AgencyRecords;
import tw.childprotection.flow.agencies.ChildQuery;

/**
 * One record on the active-care platform: which child of which case, and what happened. Its text form
 * is the query's, without the national ID or details.
 */
public record ActiveCareRecord(ChildQuery query, ActiveCareRecordType type) {

  public ActiveCareRecord {
    AgencyRecords.requirePresent(query, "query");
    AgencyRecords.requirePresent(type, "type");
  }

  @Override
  public String toString() {
    return AgencyRecords.describe("ActiveCareRecord", query.idempotencyKey(), query.caseId(), query.county(), type);
  }
}
