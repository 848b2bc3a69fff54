package tw.childprotection.flow.agencies.activecare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpAgencyContract;

class HttpActiveCarePlatformTest extends HttpAgencyContract {

  @Override
  protected AgencyReceipt send(AgencyProperties properties, Map<String, Object> details) {
    return new HttpActiveCarePlatform(properties, RestClient.builder()).report(
        new ChildQuery(KEY, "CP-TPE-2026-000001", "TPE", CHILD_ID, details), ActiveCareRecordType.MISSING_CHILD);
  }

  @Override
  protected String path() {
    return "/records";
  }

  @Override
  protected String type() {
    return "MISSING_CHILD";
  }

  @Override
  protected String agencyName() {
    return "active-care platform";
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpActiveCarePlatform(properties, RestClient.builder());
  }

  @Override
  protected void assertMoreOf(JsonNode body) {
    assertThat(body.path("childNationalId").asText()).isEqualTo(CHILD_ID);
  }
}
