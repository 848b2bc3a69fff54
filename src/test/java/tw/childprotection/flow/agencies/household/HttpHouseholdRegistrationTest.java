package tw.childprotection.flow.agencies.household;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpLookupContract;

class HttpHouseholdRegistrationTest extends HttpLookupContract<HouseholdRecord> {

  @Override
  protected HouseholdRecord ask(AgencyProperties properties) {
    return new HttpHouseholdRegistration(properties, RestClient.builder()).lookup(QUERY);
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpHouseholdRegistration(properties, RestClient.builder());
  }

  @Override
  protected String path() {
    return "/household-records";
  }

  @Override
  protected String agencyName() {
    return "household registration";
  }

  @Override
  protected String answerJson() {
    return "{\"registered\":true,\"departed\":true,\"deceased\":false,\"registeredCounty\":\"KHH\","
        + "\"secondDegreeRelatives\":3,\"householdNumber\":\"ignored\"}";
  }

  @Override
  protected HouseholdRecord expectedAnswer() {
    return new HouseholdRecord(true, true, false, "KHH", 3);
  }

  @Override
  protected String answerWithoutARequiredFact() {
    return "{\"registered\":true,\"deceased\":false,\"registeredCounty\":\"KHH\",\"secondDegreeRelatives\":3}";
  }
}
