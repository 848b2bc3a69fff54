package tw.childprotection.flow.agencies.police;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpNoticeRecipient;

/** The police's HTTP interface (mode http): {@code POST <police.base-url>/notices}. */
@HttpMode(key = "police")
public class HttpPolice extends HttpNoticeRecipient<PoliceNoticeType> implements Police {

  public HttpPolice(AgencyProperties properties, RestClient.Builder restClient) {
    super("police (警察機關)", "/notices", properties, restClient);
  }
}
