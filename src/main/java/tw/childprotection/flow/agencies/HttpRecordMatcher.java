package tw.childprotection.flow.agencies;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.client.RestClient;

/**
 * A service system's HTTP interface for matching (mode http): {@code POST <base-url>/matches} with the
 * query, answered {@code {"found", "inService", "status"}}. Each matcher's HTTP class is only a
 * constructor naming the system; its {@link HttpMode#key()} names the base URL.
 */
public class HttpRecordMatcher implements RecordMatcher {

  private final String system;
  private final AgencyHttpClient http;

  /**
   * @param agency the system's name for messages and logs, e.g. {@code "psychiatric care system (精神照護資訊管理系統)"}
   * @param system the system's Chinese name for {@link MatchResult#system()}
   */
  protected HttpRecordMatcher(String agency, String system, AgencyProperties properties,
      RestClient.Builder restClient) {
    this.system = system;
    this.http = new AgencyHttpClient(agency, AgencyHttpClient.keyOf(getClass()), "/matches", properties, restClient);
  }

  /** For a system that matches beside other work: the matcher of the adapter {@code adapter}. */
  public HttpRecordMatcher(String agency, String system, Class<?> adapter, AgencyProperties properties,
      RestClient.Builder restClient) {
    this.system = system;
    this.http = new AgencyHttpClient(agency, AgencyHttpClient.keyOf(adapter), "/matches", properties, restClient);
  }

  @Override
  public MatchResult match(ChildQuery query) {
    Match answer = http.query(query, Match.class);
    return new MatchResult(answer.found(), answer.inService(), system, answer.status());
  }

  /** The system's answer; without {@code found} it is unreadable, never a "not found". */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Match(@JsonProperty(required = true) boolean found, boolean inService, String status) {
  }
}
