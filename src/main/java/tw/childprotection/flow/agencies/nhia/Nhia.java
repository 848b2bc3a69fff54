package tw.childprotection.flow.agencies.nhia;

import tw.childprotection.flow.agencies.ChildQuery;

/**
 * 中央健康保險署 (NHIA): the child's insurance, the contact address and where the child was seen by a
 * doctor (註3), so social affairs knows where to look before a visit.
 */
public interface Nhia {

  /**
   * Asks about {@code query}'s child. Read-only, so a retry with the same key is harmless.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable, also for an answer
   *     that cannot be read
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the agency refused the query
   */
  InsuranceRecord insurance(ChildQuery query);
}
