package tw.childprotection.flow.agencies.household;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpLookup;
import tw.childprotection.flow.agencies.HttpMode;

/** The household registration's HTTP interface (mode http): {@code POST <household.base-url>/household-records}. */
@HttpMode(key = "household")
public class HttpHouseholdRegistration extends HttpLookup<HouseholdRecord> implements HouseholdRegistration {

  public HttpHouseholdRegistration(AgencyProperties properties, RestClient.Builder restClient) {
    super("household registration (內政部戶政司)", "/household-records", HouseholdRecord.class, properties,
        restClient);
  }

  @Override
  public HouseholdRecord lookup(ChildQuery query) {
    return ask(query);
  }
}
