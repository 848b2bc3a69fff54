package tw.childprotection.flow.agencies.cdc;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpLookupContract;

class HttpCdcImmunizationTest extends HttpLookupContract<VaccinationRecord> {

  @Override
  protected VaccinationRecord ask(AgencyProperties properties) {
    return new HttpCdcImmunization(properties, RestClient.builder()).vaccination(QUERY);
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpCdcImmunization(properties, RestClient.builder());
  }

  @Override
  protected String path() {
    return "/vaccination-records";
  }

  @Override
  protected String agencyName() {
    return "CDC immunization";
  }

  @Override
  protected String answerJson() {
    return "{\"upToDate\":false,\"overdueDoses\":3}";
  }

  @Override
  protected VaccinationRecord expectedAnswer() {
    return new VaccinationRecord(false, 3);
  }

  @Override
  protected String answerWithoutARequiredFact() {
    return "{\"overdueDoses\":3}";
  }
}
