package tw.childprotection.flow.agencies.disability;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The disability case management system's HTTP interface (mode http):
 * {@code POST <disability-case-management.base-url>/matches}.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpDisabilityCaseManagement extends HttpRecordMatcher implements DisabilityCaseManagement {

  public HttpDisabilityCaseManagement(AgencyProperties properties, RestClient.Builder restClient) {
    super("disability case management system (身心障礙個案管理服務系統)", "身心障礙個案管理服務系統", "disability-case-management",
        properties, restClient);
  }
}
