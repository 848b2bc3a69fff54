package tw.childprotection.flow.agencies.fragilefamily;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The fragile-family case management platform's HTTP interface (mode http):
 * {@code POST <fragile-family.base-url>/matches}.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpFragileFamilyPlatform extends HttpRecordMatcher implements FragileFamilyPlatform {

  public HttpFragileFamilyPlatform(AgencyProperties properties, RestClient.Builder restClient) {
    super("fragile-family case management platform (脆弱家庭個案管理平台)", "脆弱家庭個案管理平台", "fragile-family",
        properties, restClient);
  }
}
