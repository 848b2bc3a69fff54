package tw.childprotection.flow.agencies.protectioninfo;

import java.util.Map;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.HttpAgencyContract;

class HttpProtectionInformationSystemTest extends HttpAgencyContract {

  @Override
  protected AgencyReceipt send(AgencyProperties properties, Map<String, Object> details) {
    return new HttpProtectionInformationSystem(properties, RestClient.builder())
        .register(new ProtectionRecord(KEY, "CP-TPE-2026-000001", "TPE", ProtectionRecordType.INVESTIGATION_REPORT,
            details));
  }

  @Override
  protected String path() {
    return "/records";
  }

  @Override
  protected String type() {
    return "INVESTIGATION_REPORT";
  }

  @Override
  protected String agencyName() {
    return "protection information system";
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    new HttpProtectionInformationSystem(properties, RestClient.builder());
  }
}
