package tw.childprotection.flow.agencies.psychiatric;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The psychiatric care information system's HTTP interface (mode http):
 * {@code POST <psychiatric.base-url>/matches}.
 */
@HttpMode(key = "psychiatric")
public class HttpPsychiatricCareSystem extends HttpRecordMatcher implements PsychiatricCareSystem {

  public HttpPsychiatricCareSystem(AgencyProperties properties, RestClient.Builder restClient) {
    super("psychiatric care information system (精神照護資訊管理系統)", "精神照護資訊管理系統", properties, restClient);
  }
}
