package tw.childprotection.flow.agencies.activecare;

import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;

/**
 * 六歲以下弱勢兒童主動關懷個案管理平台 (SFAA): where every active-care case reaching social affairs is listed,
 * a missing child is passed on to the police's search, and the case is closed.
 */
public interface ActiveCarePlatform {

  /**
   * Records once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the platform refused the record
   */
  AgencyReceipt report(ChildQuery query, ActiveCareRecordType type);
}
