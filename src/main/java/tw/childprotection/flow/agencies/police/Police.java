package tw.childprotection.flow.agencies.police;

import tw.childprotection.flow.agencies.AgencyReceipt;

/**
 * 警察機關: placement notices, requests to investigate together, crime notifications, and for active
 * care the visit requests, relocation notices and requests to investigate a missing child.
 */
public interface Police {

  /**
   * Notifies once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the police refused the content
   */
  AgencyReceipt notify(PoliceNotice notice);
}
