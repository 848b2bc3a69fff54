package tw.childprotection.flow.agencies.kindergarten;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/** The national kindergarten system's HTTP interface (mode http): {@code POST <kindergarten.base-url>/matches}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpKindergartenSystem extends HttpRecordMatcher implements KindergartenSystem {

  public HttpKindergartenSystem(AgencyProperties properties, RestClient.Builder restClient) {
    super("national kindergarten system (全國幼兒園幼生管理系統)", "全國幼兒園幼生管理系統", "kindergarten",
        properties, restClient);
  }
}
