package tw.childprotection.flow.agencies.fragilefamily;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The fragile-family case management platform's HTTP interface (mode http):
 * {@code POST <fragile-family.base-url>/matches}.
 */
@HttpMode(key = "fragile-family")
public class HttpFragileFamilyPlatform extends HttpRecordMatcher implements FragileFamilyPlatform {

  public HttpFragileFamilyPlatform(AgencyProperties properties, RestClient.Builder restClient) {
    super("fragile-family case management platform (脆弱家庭個案管理平台)", "脆弱家庭個案管理平台", properties, restClient);
  }
}
