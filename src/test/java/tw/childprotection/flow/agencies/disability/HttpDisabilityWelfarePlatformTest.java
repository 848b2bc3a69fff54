package tw.childprotection.flow.agencies.disability;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

class HttpDisabilityWelfarePlatformTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpDisabilityWelfarePlatform(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "全國身心障礙福利資訊整合平台";
  }

  @Override
  protected String agencyName() {
    return "disability welfare platform";
  }
}
