package tw.childprotection.flow.agencies.district;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.ChildQueryBody;

/**
 * The district offices' HTTP interface (mode http, one gateway for all offices):
 * {@code POST <district-office.base-url>/follow-up-requests}.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpDistrictOffice implements DistrictOffice {

  private final AgencyHttpClient http;

  public HttpDistrictOffice(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("district office (鄉鎮市區公所)", "district-office", "/follow-up-requests",
        properties, restClient);
  }

  @Override
  public AgencyReceipt requestFollowUp(ChildQuery query) {
    return http.post(query.idempotencyKey(), ChildQueryBody.of(query), query.toString());
  }
}
