package tw.childprotection.flow.agencies.protectioninfo;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

/** The protection information system as one of the systems active care matches against. */
class HttpProtectionInformationSystemMatchTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpProtectionInformationSystem(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "保護資訊系統";
  }

  @Override
  protected String agencyName() {
    return "protection information system";
  }
}
