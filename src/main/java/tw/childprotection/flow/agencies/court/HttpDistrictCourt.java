package tw.childprotection.flow.agencies.court;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;

/** The district court's HTTP interface (mode http): {@code POST <court.base-url>/filings}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpDistrictCourt implements DistrictCourt {

  private final AgencyHttpClient http;

  public HttpDistrictCourt(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("district court (地方法院)", "court", "/filings", properties, restClient);
  }

  @Override
  public AgencyReceipt file(CourtFiling filing) {
    return http.post(filing.idempotencyKey(),
        new Body(filing.caseId(), filing.county(), filing.type(), filing.details()), filing.toString());
  }

  /** The key travels in the header, so the body is the rest of the record. */
  record Body(String caseId, String county, CourtFilingType type, Map<String, Object> details) {
  }
}
