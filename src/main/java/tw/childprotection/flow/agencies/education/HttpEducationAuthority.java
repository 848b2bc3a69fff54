package tw.childprotection.flow.agencies.education;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyHttpClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.AgencyReceipt;

/** The education authority's HTTP interface (mode http): {@code POST <education.base-url>/notices}. */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "http")
public class HttpEducationAuthority implements EducationAuthority {

  private final AgencyHttpClient http;

  public HttpEducationAuthority(AgencyProperties properties, RestClient.Builder restClient) {
    this.http = new AgencyHttpClient("education authority (學校及教育主管機關)", "education",
        "/notices", properties, restClient);
  }

  @Override
  public AgencyReceipt notify(SchoolNotice notice) {
    return http.post(notice.idempotencyKey(), new Body(notice.caseId(), notice.county(), notice.type(),
        notice.identityConfidential(), notice.details()), notice.toString());
  }

  /** The key travels in the header, so the body is the rest of the record. */
  record Body(String caseId, String county, SchoolNoticeType type, boolean identityConfidential,
      Map<String, Object> details) {
  }
}
