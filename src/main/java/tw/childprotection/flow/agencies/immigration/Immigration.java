package tw.childprotection.flow.agencies.immigration;

import tw.childprotection.flow.agencies.ChildQuery;

/**
 * 內政部移民署 (National Immigration Agency): the child's entry and exit records; a child abroad is
 * excluded from active care (排除出境之個案).
 */
public interface Immigration {

  /**
   * Asks about {@code query}'s child. Read-only, so a retry with the same key is harmless.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable, also for an answer
   *     that cannot be read
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the agency refused the query
   */
  EntryExitRecord entryExit(ChildQuery query);
}
