package tw.childprotection.flow.agencies.cdc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;

/**
 * The CDC immunization information system's HTTP interface (mode http):
 * {@code POST <cdc.base-url>/vaccination-records}.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpCdcImmunization implements CdcImmunization {

  private final AgencyHttpClient http;

  public HttpCdcImmunization(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("CDC immunization information system (疾病管制署)", "cdc", "/vaccination-records",
        properties, restClient);
  }

  @Override
  public VaccinationRecord vaccination(ChildQuery query) {
    return http.query(query, VaccinationRecord.class);
  }
}
