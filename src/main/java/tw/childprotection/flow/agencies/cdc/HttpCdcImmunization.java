package tw.childprotection.flow.agencies.cdc;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpLookup;
import tw.childprotection.flow.agencies.HttpMode;

/**
 * The CDC immunization information system's HTTP interface (mode http):
 * {@code POST <cdc.base-url>/vaccination-records}.
 */
@HttpMode(key = "cdc")
public class HttpCdcImmunization extends HttpLookup<VaccinationRecord> implements CdcImmunization {

  public HttpCdcImmunization(AgencyProperties properties, RestClient.Builder restClient) {
    super("CDC immunization information system (疾病管制署)", "/vaccination-records",
        VaccinationRecord.class, properties, restClient);
  }

  @Override
  public VaccinationRecord vaccination(ChildQuery query) {
    return ask(query);
  }
}
