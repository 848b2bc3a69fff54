package tw.childprotection.flow.agencies.disability;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The disability welfare platform's HTTP interface (mode http):
 * {@code POST <disability-welfare.base-url>/matches}.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpDisabilityWelfarePlatform extends HttpRecordMatcher implements DisabilityWelfarePlatform {

  public HttpDisabilityWelfarePlatform(AgencyProperties properties, RestClient.Builder restClient) {
    super("disability welfare platform (全國身心障礙福利資訊整合平台)", "全國身心障礙福利資訊整合平台", "disability-welfare",
        properties, restClient);
  }
}
