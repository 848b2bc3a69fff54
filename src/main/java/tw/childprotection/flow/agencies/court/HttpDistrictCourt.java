package tw.childprotection.flow.agencies.court;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpNoticeRecipient;

/** The district court's HTTP interface (mode http): {@code POST <court.base-url>/filings}. */
@HttpMode(key = "court")
public class HttpDistrictCourt extends HttpNoticeRecipient<CourtFilingType> implements DistrictCourt {

  public HttpDistrictCourt(AgencyProperties properties, RestClient.Builder restClient) {
    super("district court (地方法院)", "/filings", properties, restClient);
  }
}
