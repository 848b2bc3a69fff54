package tw.childprotection.flow.agencies.kindergarten;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcherContract;
import tw.childprotection.flow.agencies.RecordMatcher;

class HttpKindergartenSystemTest extends HttpRecordMatcherContract {

  @Override
  protected RecordMatcher matcher(AgencyProperties properties) {
    return new HttpKindergartenSystem(properties, RestClient.builder());
  }

  @Override
  protected String system() {
    return "全國幼兒園幼生管理系統";
  }

  @Override
  protected String agencyName() {
    return "kindergarten";
  }
}
