package tw.childprotection.flow.agencies.childcare;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/** The childcare registry's HTTP interface (mode http): {@code POST <childcare.base-url>/matches}. */
@HttpMode(key = "childcare")
public class HttpChildcareRegistry extends HttpRecordMatcher implements ChildcareRegistry {

  public HttpChildcareRegistry(AgencyProperties properties, RestClient.Builder restClient) {
    super("childcare registry (托育人員登記管理資訊系統)", "托育人員登記管理資訊系統", properties, restClient);
  }
}
