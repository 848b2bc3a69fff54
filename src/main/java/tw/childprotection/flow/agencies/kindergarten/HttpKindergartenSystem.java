package tw.childprotection.flow.agencies.kindergarten;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/** The national kindergarten system's HTTP interface (mode http): {@code POST <kindergarten.base-url>/matches}. */
@HttpMode(key = "kindergarten")
public class HttpKindergartenSystem extends HttpRecordMatcher implements KindergartenSystem {

  public HttpKindergartenSystem(AgencyProperties properties, RestClient.Builder restClient) {
    super("national kindergarten system (全國幼兒園幼生管理系統)", "全國幼兒園幼生管理系統", properties, restClient);
  }
}
