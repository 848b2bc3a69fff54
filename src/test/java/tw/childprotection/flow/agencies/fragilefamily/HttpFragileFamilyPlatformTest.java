package tw.childprotection.flow.agencies.fragilefamily;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

class HttpFragileFamilyPlatformTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpFragileFamilyPlatform(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "脆弱家庭個案管理平台";
  }

  @Override
  protected String agencyName() {
    return "fragile-family";
  }
}
