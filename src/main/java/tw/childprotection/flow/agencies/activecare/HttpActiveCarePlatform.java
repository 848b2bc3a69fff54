package tw.childprotection.flow.agencies.activecare;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyBody;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpMode;

/** The active-care platform's HTTP interface (mode http): {@code POST <active-care-platform.base-url>/records}. */
@HttpMode(key = "active-care-platform")
public class HttpActiveCarePlatform implements ActiveCarePlatform {

  private final AgencyHttpClient http;

  public HttpActiveCarePlatform(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("active-care platform (六歲以下弱勢兒童主動關懷個案管理平台)",
        AgencyHttpClient.keyOf(getClass()), "/records", properties, restClient);
  }

  @Override
  public AgencyReceipt report(ChildQuery query, ActiveCareRecordType type) {
    return http.post(query.idempotencyKey(), AgencyBody.of(query, type),
        new ActiveCareRecord(query, type).toString());
  }
}
