package tw.childprotection.flow.agencies;

/**
 * A service system the active-care stage matches a child against (比對): does it know the child, does
 * it serve the household now. One interface so a step can ask several systems alike.
 */
public interface RecordMatcher {

  /**
   * Asks the system about {@code query}'s child. Read-only, so a retry with the same key is harmless.
   *
   * @throws AgencyUnavailableException retryable, also when the answer lacks whether the child was found
   * @throws AgencyRejectedException the system refused the query
   */
  MatchResult match(ChildQuery query);
}
