package tw.childprotection.flow.agencies.disability;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

class HttpDisabilityCaseManagementTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpDisabilityCaseManagement(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "身心障礙個案管理服務系統";
  }

  @Override
  protected String agencyName() {
    return "disability case management";
  }
}
