package tw.childprotection.flow.agencies.protectioninfo;

import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 保護資訊系統 (MOHW): reports received, investigation reports, closed cases; and, as one of the systems
 * active care matches against, whether a protection case already serves the child.
 */
public interface ProtectionInformationSystem extends RecordMatcher {

  /**
   * Registers once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws tw.childprotection.flow.agencies.AgencyUnavailableException retryable
   * @throws tw.childprotection.flow.agencies.AgencyRejectedException the system refused the content
   */
  AgencyReceipt register(ProtectionRecord record);
}
