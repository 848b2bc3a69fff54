package tw.childprotection.flow.agencies.protectioninfo;

import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.HttpMode;
import tw.childprotection.flow.agencies.HttpNoticeRecipient;
import tw.childprotection.flow.agencies.HttpRecordMatcher;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * The protection information system's HTTP interface (mode http):
 * {@code POST <protection-info.base-url>/records}, and {@code /matches} for active care.
 */
@HttpMode(key = "protection-info")
public class HttpProtectionInformationSystem extends HttpNoticeRecipient<ProtectionRecordType>
    implements ProtectionInformationSystem {

  private static final String AGENCY = "protection information system (保護資訊系統)";

  private final RecordMatcher matches;

  public HttpProtectionInformationSystem(AgencyProperties properties, RestClient.Builder restClient) {
    super(AGENCY, "/records", properties, restClient);
    this.matches = new HttpRecordMatcher(AGENCY, "保護資訊系統", getClass(), properties, restClient);
  }

  @Override
  public MatchResult match(ChildQuery query) {
    return matches.match(query);
  }
}
