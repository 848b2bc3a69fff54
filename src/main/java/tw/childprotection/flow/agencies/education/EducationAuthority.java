package tw.childprotection.flow.agencies.education;

import tw.childprotection.flow.agencies.AgencyReceipt;

/** 學校及教育主管機關: placement notices and results, school transfer requests. */
public interface EducationAuthority {

  /**
   * Notifies once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the authority refused the content
   */
  AgencyReceipt notify(SchoolNotice notice);
}
