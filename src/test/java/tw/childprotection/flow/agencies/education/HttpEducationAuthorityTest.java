package tw.childprotection.flow.agencies.education;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.HttpAgencyContract;

class HttpEducationAuthorityTest extends HttpAgencyContract {

  @Override
  protected AgencyReceipt send(AgencyProperties properties, Map<String, Object> details) {
    return new HttpEducationAuthority(properties, RestClient.builder()).notify(
        new SchoolNotice(KEY, "CP-TPE-2026-000001", "TPE", SchoolNoticeType.SCHOOL_TRANSFER_REQUEST, true, details));
  }

  @Override
  protected void assertMoreOf(JsonNode body) {
    assertThat(body.path("identityConfidential").isBoolean()).isTrue();
    assertThat(body.path("identityConfidential").asBoolean()).isTrue();
  }

  @Override
  protected String path() {
    return "/notices";
  }

  @Override
  protected String type() {
    return "SCHOOL_TRANSFER_REQUEST";
  }

  @Override
  protected String agencyName() {
    return "education authority";
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpEducationAuthority(properties, RestClient.builder());
  }
}
