package tw.childprotection.flow.agencies.district;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpAgencyContract;

class HttpDistrictOfficeTest extends HttpAgencyContract {

  @Override
  protected AgencyReceipt send(AgencyProperties properties, Map<String, Object> details) {
    return new HttpDistrictOffice(properties, RestClient.builder())
        .requestFollowUp(new ChildQuery(KEY, "CP-TPE-2026-000001", "TPE", CHILD_ID, details));
  }

  @Override
  protected String path() {
    return "/follow-up-requests";
  }

  @Override
  protected String type() {
    return null;
  }

  @Override
  protected String agencyName() {
    return "district office";
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpDistrictOffice(properties, RestClient.builder());
  }

  @Override
  protected void assertMoreOf(JsonNode body) {
    assertThat(body.path("childNationalId").asText()).isEqualTo(CHILD_ID);
  }
}
