package tw.childprotection.flow.agencies.nhia;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpLookupContract;

class HttpNhiaTest extends HttpLookupContract<InsuranceRecord> {

  @Override
  protected InsuranceRecord ask(AgencyProperties properties) {
    return new HttpNhia(properties, RestClient.builder()).insurance(QUERY);
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpNhia(properties, RestClient.builder());
  }

  @Override
  protected String path() {
    return "/insurance-records";
  }

  @Override
  protected String agencyName() {
    return "national health insurance";
  }

  @Override
  protected String answerJson() {
    return "{\"insured\":true,\"hasInsuranceAddress\":false,\"motherLinkedVisitsFirst60Days\":2,"
        + "\"clinicsLastHalfYear\":0}";
  }

  @Override
  protected InsuranceRecord expectedAnswer() {
    return new InsuranceRecord(true, false, 2, 0);
  }

  @Override
  protected String answerWithoutARequiredFact() {
    return "{\"insured\":true,\"motherLinkedVisitsFirst60Days\":2,\"clinicsLastHalfYear\":0}";
  }
}
