package tw.childprotection.flow.agencies.protectioninfo;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.HttpRecordMatcher;

/**
 * The protection information system's HTTP interface (mode http):
 * {@code POST <protection-info.base-url>/records}, and {@code /matches} for active care.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpProtectionInformationSystem extends HttpRecordMatcher implements ProtectionInformationSystem {

  private final AgencyHttpClient http;

  public HttpProtectionInformationSystem(AgencyProperties properties, RestClient.Builder restClient) {
    super("protection information system (保護資訊系統)", "保護資訊系統", "protection-info", properties, restClient);
    this.http = new AgencyHttpClient("protection information system (保護資訊系統)",
        "protection-info", "/records", properties, restClient);
  }

  @Override
  public AgencyReceipt register(ProtectionRecord record) {
    return http.post(record.idempotencyKey(),
        new Body(record.caseId(), record.county(), record.type(), record.details()), record.toString());
  }

  /** The key travels in the header, so the body is the rest of the record. */
  record Body(String caseId, String county, ProtectionRecordType type, Map<String, Object> details) {
  }
}
