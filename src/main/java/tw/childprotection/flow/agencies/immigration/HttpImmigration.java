package tw.childprotection.flow.agencies.immigration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;

/** The immigration agency's HTTP interface (mode http): {@code POST <immigration.base-url>/entry-exit-records}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpImmigration implements Immigration {

  private final AgencyHttpClient http;

  public HttpImmigration(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("immigration agency (內政部移民署)", "immigration", "/entry-exit-records",
        properties, restClient);
  }

  @Override
  public EntryExitRecord entryExit(ChildQuery query) {
    return http.query(query, EntryExitRecord.class);
  }
}
