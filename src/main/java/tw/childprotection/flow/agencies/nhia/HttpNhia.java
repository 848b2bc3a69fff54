package tw.childprotection.flow.agencies.nhia;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;

/**
 * The national health insurance administration's HTTP interface (mode http):
 * {@code POST <nhia.base-url>/insurance-records}.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpNhia implements Nhia {

  private final AgencyHttpClient http;

  public HttpNhia(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("national health insurance administration (中央健康保險署)", "nhia", "/insurance-records",
        properties, restClient);
  }

  @Override
  public InsuranceRecord insurance(ChildQuery query) {
    return http.query(query, InsuranceRecord.class);
  }
}
