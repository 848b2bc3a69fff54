package tw.childprotection.flow.agencies.protectioninfo;

import tw.childprotection.flow.agencies.AgencyReceipt;

/** 保護資訊系統 (MOHW): reports received, investigation reports, closed cases. */
public interface ProtectionInformationSystem {

  /**
   * Registers once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the system refused the content
   */
  AgencyReceipt register(ProtectionRecord record);
}
