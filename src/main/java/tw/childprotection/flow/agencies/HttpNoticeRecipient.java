package tw.childprotection.flow.agencies;

import org.springframework.web.client.RestClient;

/**
 * An agency that receives notices, over its HTTP interface (mode http): {@code POST <base-url><path>}
 * with {@code {"caseId", "county", "type", "details"}}. Each agency's HTTP class is a constructor naming
 * the agency and the path; its {@link HttpMode#key()} names the base URL.
 *
 * @param <T> the agency's kinds of notice
 */
public abstract class HttpNoticeRecipient<T extends Enum<T>> implements NoticeRecipient<T> {

  private final AgencyHttpClient http;

  /**
   * @param agency the agency's name for messages and logs, e.g. {@code "district court (地方法院)"}
   * @param path what follows the base URL, e.g. {@code "/filings"}
   */
  protected HttpNoticeRecipient(String agency, String path, AgencyProperties properties,
      RestClient.Builder restClient) {
    this.http = new AgencyHttpClient(agency, AgencyHttpClient.keyOf(getClass()), path, properties, restClient);
  }

  @Override
  public AgencyReceipt send(AgencyNotice<T> notice) {
    return http.post(notice.idempotencyKey(), body(notice), notice.toString());
  }

  /** The body the agency's interface reads; an agency whose interface has more fields adds them. */
  protected AgencyBody body(AgencyNotice<T> notice) {
    return AgencyBody.of(notice);
  }
}
