package tw.childprotection.flow.agencies.police;

import java.util.Map;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.HttpAgencyContract;

class HttpPoliceTest extends HttpAgencyContract {

  @Override
  protected AgencyReceipt send(AgencyProperties properties, Map<String, Object> details) {
    return new HttpPolice(properties, RestClient.builder()).notify(
        new PoliceNotice(KEY, "CP-TPE-2026-000001", "TPE", PoliceNoticeType.JOINT_INVESTIGATION_REQUEST, details));
  }

  @Override
  protected String path() {
    return "/notices";
  }

  @Override
  protected String type() {
    return "JOINT_INVESTIGATION_REQUEST";
  }

  @Override
  protected String agencyName() {
    return "police";
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpPolice(properties, RestClient.builder());
  }
}
