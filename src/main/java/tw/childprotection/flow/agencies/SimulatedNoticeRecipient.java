package tw.childprotection.flow.agencies;

/**
 * An agency that receives notices, in process: one receipt per idempotency key, {@code received()},
 * {@code failNext} and {@code reset()} from {@link Simulator}. Each agency's simulator is only a
 * constructor naming the agency and its receipts' prefix.
 *
 * @param <T> the agency's kinds of notice
 */
public class SimulatedNoticeRecipient<T extends Enum<T>> extends Simulator<AgencyNotice<T>>
    implements NoticeRecipient<T> {

  /**
   * @param receipts the receipts in the shared database
   * @param agency the agency's name for logs and messages
   * @param referencePrefix what its receipts start with, e.g. {@code COURT} for {@code COURT-TPE-000001}
   */
  protected SimulatedNoticeRecipient(SimulatedAgencyReceipts receipts, String agency, String referencePrefix) {
    super(receipts, agency, referencePrefix, AgencyNotice::idempotencyKey, AgencyNotice::caseId, AgencyNotice::county,
        AgencyNotice::type);
  }

  @Override
  public AgencyReceipt send(AgencyNotice<T> notice) {
    return receive(notice);
  }
}
