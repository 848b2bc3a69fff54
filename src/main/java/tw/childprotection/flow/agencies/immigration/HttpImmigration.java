package tw.childprotection.flow.agencies.immigration;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpLookup;
import tw.childprotection.flow.agencies.HttpMode;

/** The immigration agency's HTTP interface (mode http): {@code POST <immigration.base-url>/entry-exit-records}. */
@HttpMode(key = "immigration")
public class HttpImmigration extends HttpLookup<EntryExitRecord> implements Immigration {

  public HttpImmigration(AgencyProperties properties, RestClient.Builder restClient) {
    super("immigration agency (內政部移民署)", "/entry-exit-records", EntryExitRecord.class, properties, restClient);
  }

  @Override
  public EntryExitRecord entryExit(ChildQuery query) {
    return ask(query);
  }
}
