package tw.childprotection.flow.agencies.court;

import java.util.Map;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.HttpAgencyContract;

class HttpDistrictCourtTest extends HttpAgencyContract {

  @Override
  protected AgencyReceipt send(AgencyProperties properties, Map<String, Object> details) {
    return new HttpDistrictCourt(properties, RestClient.builder())
        .file(new CourtFiling(KEY, "CP-TPE-2026-000001", "TPE", CourtFilingType.CONTINUED_PLACEMENT_PETITION, details));
  }

  @Override
  protected String path() {
    return "/filings";
  }

  @Override
  protected String type() {
    return "CONTINUED_PLACEMENT_PETITION";
  }

  @Override
  protected String agencyName() {
    return "district court";
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpDistrictCourt(properties, RestClient.builder());
  }
}
