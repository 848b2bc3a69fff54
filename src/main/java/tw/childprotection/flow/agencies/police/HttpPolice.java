package tw.childprotection.flow.agencies.police;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;

/** The police's HTTP interface (mode http): {@code POST <police.base-url>/notices}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpPolice implements Police {

  private final AgencyHttpClient http;

  public HttpPolice(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("police (警察機關)", "police", "/notices", properties, restClient);
  }

  @Override
  public AgencyReceipt notify(PoliceNotice notice) {
    return http.post(notice.idempotencyKey(),
        new Body(notice.caseId(), notice.county(), notice.type(), notice.details()), notice.toString());
  }

  /** The key travels in the header, so the body is the rest of the record. */
  record Body(String caseId, String county, PoliceNoticeType type, Map<String, Object> details) {
  }
}
