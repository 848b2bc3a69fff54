package tw.childprotection.flow.agencies.district;

import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;

/**
 * 鄉鎮市區公所 of the registered domicile: a letter asking the village chief or officer (村里長、村里幹事)
 * to follow up on a child whose whereabouts are unknown.
 */
public interface DistrictOffice {

  /**
   * Writes once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the office refused the letter
   */
  AgencyReceipt requestFollowUp(ChildQuery query);
}
