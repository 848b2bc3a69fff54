package tw.childprotection.flow.agencies.disability;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The disability case management system's HTTP interface (mode http):
 * {@code POST <disability-case-management.base-url>/matches}.
 */
@HttpMode(key = "disability-case-management")
public class HttpDisabilityCaseManagement extends HttpRecordMatcher implements DisabilityCaseManagement {

  public HttpDisabilityCaseManagement(AgencyProperties properties, RestClient.Builder restClient) {
    super("disability case management system (身心障礙個案管理服務系統)", "身心障礙個案管理服務系統", properties, restClient);
  }
}
