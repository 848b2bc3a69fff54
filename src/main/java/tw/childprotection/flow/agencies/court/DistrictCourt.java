package tw.childprotection.flow.agencies.court;

import tw.childprotection.flow.agencies.AgencyReceipt;

/** 地方法院: placement notices and petitions about a child in the county's care. */
public interface DistrictCourt {

  /**
   * Files once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the court refused the content
   */
  AgencyReceipt file(CourtFiling filing);
}
