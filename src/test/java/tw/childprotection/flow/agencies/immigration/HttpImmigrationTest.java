package tw.childprotection.flow.agencies.immigration;

import java.time.LocalDate;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpLookupContract;

class HttpImmigrationTest extends HttpLookupContract<EntryExitRecord> {

  @Override
  protected EntryExitRecord ask(AgencyProperties properties) {
    return new HttpImmigration(properties, RestClient.builder()).entryExit(QUERY);
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpImmigration(properties, RestClient.builder());
  }

  @Override
  protected String path() {
    return "/entry-exit-records";
  }

  @Override
  protected String agencyName() {
    return "immigration agency";
  }

  @Override
  protected String answerJson() {
    return "{\"abroad\":true,\"lastExit\":\"2026-08-19\",\"lastEntry\":\"2025-01-02\"}";
  }

  @Override
  protected EntryExitRecord expectedAnswer() {
    return new EntryExitRecord(true, LocalDate.of(2026, 8, 19), LocalDate.of(2025, 1, 2));
  }

  @Override
  protected String answerWithoutARequiredFact() {
    return "{\"lastExit\":\"2026-08-19\"}";
  }
}
