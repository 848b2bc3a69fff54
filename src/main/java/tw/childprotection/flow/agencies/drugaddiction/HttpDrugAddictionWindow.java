package tw.childprotection.flow.agencies.drugaddiction;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The drug-addiction single-window service system's HTTP interface (mode http):
 * {@code POST <drug-addiction.base-url>/matches}.
 */
@HttpMode(key = "drug-addiction")
public class HttpDrugAddictionWindow extends HttpRecordMatcher implements DrugAddictionWindow {

  public HttpDrugAddictionWindow(AgencyProperties properties, RestClient.Builder restClient) {
    super("drug-addiction single-window service system (毒品成癮者單一窗口服務系統)", "毒品成癮者單一窗口服務系統", properties, restClient);
  }
}
