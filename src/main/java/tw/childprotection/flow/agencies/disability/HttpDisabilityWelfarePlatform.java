package tw.childprotection.flow.agencies.disability;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The disability welfare platform's HTTP interface (mode http):
 * {@code POST <disability-welfare.base-url>/matches}.
 */
@HttpMode(key = "disability-welfare")
public class HttpDisabilityWelfarePlatform extends HttpRecordMatcher implements DisabilityWelfarePlatform {

  public HttpDisabilityWelfarePlatform(AgencyProperties properties, RestClient.Builder restClient) {
    super("disability welfare platform (全國身心障礙福利資訊整合平台)", "全國身心障礙福利資訊整合平台", properties, restClient);
  }
}
