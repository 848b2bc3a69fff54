package tw.childprotection.flow.agencies.district;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyBody;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpMode;

/**
 * The district offices' HTTP interface (mode http, one gateway for all offices):
 * {@code POST <district-office.base-url>/follow-up-requests}.
 */
@HttpMode(key = "district-office")
public class HttpDistrictOffice implements DistrictOffice {

  private final AgencyHttpClient http;

  public HttpDistrictOffice(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("district office (鄉鎮市區公所)", AgencyHttpClient.keyOf(getClass()),
        "/follow-up-requests", properties, restClient);
  }

  @Override
  public AgencyReceipt requestFollowUp(ChildQuery query) {
    return http.post(query.idempotencyKey(), AgencyBody.of(query), query.toString());
  }
}
