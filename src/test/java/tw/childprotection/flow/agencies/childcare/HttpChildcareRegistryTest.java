package tw.childprotection.flow.agencies.childcare;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

class HttpChildcareRegistryTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpChildcareRegistry(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "托育人員登記管理資訊系統";
  }

  @Override
  protected String agencyName() {
    return "childcare registry";
  }
}
