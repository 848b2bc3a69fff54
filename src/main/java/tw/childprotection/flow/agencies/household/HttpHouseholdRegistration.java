package tw.childprotection.flow.agencies.household;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;

/** The household registration's HTTP interface (mode http): {@code POST <household.base-url>/household-records}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpHouseholdRegistration implements HouseholdRegistration {

  private final AgencyHttpClient http;

  public HttpHouseholdRegistration(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("household registration (內政部戶政司)", "household", "/household-records",
        properties, restClient);
  }

  @Override
  public HouseholdRecord lookup(ChildQuery query) {
    return http.query(query, HouseholdRecord.class);
  }
}
