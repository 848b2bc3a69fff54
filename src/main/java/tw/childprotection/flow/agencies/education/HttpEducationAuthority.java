package tw.childprotection.flow.agencies.education;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyBody;
import tw.childprotection.flow.agencies.AgencyNotice;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpNoticeRecipient;

/**
 * The education authority's HTTP interface (mode http): {@code POST <education.base-url>/notices}, whose
 * body also says whether the child's identity is to be kept confidential.
 */
@HttpMode(key = "education")
public class HttpEducationAuthority extends HttpNoticeRecipient<SchoolNoticeType> implements EducationAuthority {

  public HttpEducationAuthority(AgencyProperties properties, RestClient.Builder restClient) {
    super("education authority (學校及教育主管機關)", "/notices", properties, restClient);
  }

  @Override
  protected AgencyBody body(AgencyNotice<SchoolNoticeType> notice) {
    return AgencyBody.of(notice).withIdentityConfidential(notice.identityConfidential());
  }
}
