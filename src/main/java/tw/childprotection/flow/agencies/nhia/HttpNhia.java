package tw.childprotection.flow.agencies.nhia;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpLookup;
import tw.childprotection.flow.agencies.HttpMode;

/**
 * The national health insurance administration's HTTP interface (mode http):
 * {@code POST <nhia.base-url>/insurance-records}.
 */
@HttpMode(key = "nhia")
public class HttpNhia extends HttpLookup<InsuranceRecord> implements Nhia {

  public HttpNhia(AgencyProperties properties, RestClient.Builder restClient) {
    super("national health insurance administration (中央健康保險署)", "/insurance-records", InsuranceRecord.class,
        properties, restClient);
  }

  @Override
  public InsuranceRecord insurance(ChildQuery query) {
    return ask(query);
  }
}
