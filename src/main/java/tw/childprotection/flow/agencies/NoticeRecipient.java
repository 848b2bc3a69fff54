package tw.childprotection.flow.agencies;

/**
 * An agency that receives {@link AgencyNotice}s of its own kinds {@code T}. Each such agency's interface
 * only names its kinds ({@code DistrictCourt extends NoticeRecipient<CourtFilingType>}); its simulator
 * is a {@link SimulatedNoticeRecipient}, its HTTP adapter an {@link HttpNoticeRecipient}.
 *
 * @param <T> the agency's kinds of notice
 */
public interface NoticeRecipient<T extends Enum<T>> {

  /**
   * Sends once per idempotency key: a repeated call with the same key returns the first receipt.
   *
   * @throws AgencyUnavailableException retryable
   * @throws AgencyRejectedException the agency refused the content
   */
  AgencyReceipt send(AgencyNotice<T> notice);
}
