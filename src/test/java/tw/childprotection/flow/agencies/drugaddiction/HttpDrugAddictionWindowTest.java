package tw.childprotection.flow.agencies.drugaddiction;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

class HttpDrugAddictionWindowTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpDrugAddictionWindow(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "毒品成癮者單一窗口服務系統";
  }

  @Override
  protected String agencyName() {
    return "drug-addiction";
  }
}
