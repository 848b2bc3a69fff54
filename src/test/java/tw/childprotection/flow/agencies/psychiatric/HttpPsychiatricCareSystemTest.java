package tw.childprotection.flow.agencies.psychiatric;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

class HttpPsychiatricCareSystemTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpPsychiatricCareSystem(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "精神照護資訊管理系統";
  }

  @Override
  protected String agencyName() {
    return "psychiatric care";
  }
}
