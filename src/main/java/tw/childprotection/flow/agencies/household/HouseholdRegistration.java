package tw.childprotection.flow.agencies.household;

import tw.childprotection.flow.agencies.ChildQuery;

/**
 * 內政部戶政司 (household registration): whether the child is registered, departed or deceased, and the
 * second-degree lineal relatives the social worker may ask about (對當事人2親等直系血親查詢).
 */
public interface HouseholdRegistration {

  /**
   * Asks about {@code query}'s child. Read-only, so a retry with the same key is harmless.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable, also for an answer
   *     that cannot be read
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the agency refused the query
   */
  HouseholdRecord lookup(ChildQuery query);
}
