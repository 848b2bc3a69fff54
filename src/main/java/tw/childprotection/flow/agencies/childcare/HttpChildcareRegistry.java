package tw.childprotection.flow.agencies.childcare;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/** The childcare registry's HTTP interface (mode http): {@code POST <childcare.base-url>/matches}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpChildcareRegistry extends HttpRecordMatcher implements ChildcareRegistry {

  public HttpChildcareRegistry(AgencyProperties properties, RestClient.Builder restClient) {
    super("childcare registry (托育人員登記管理資訊系統)", "托育人員登記管理資訊系統", "childcare", properties, restClient);
  }
}
