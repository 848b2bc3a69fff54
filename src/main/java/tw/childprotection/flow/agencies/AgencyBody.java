package tw.childprotection.flow.agencies;

import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * What every agency call sends as JSON: the idempotency key travels in the header, so the body is the
 * rest. A notice sends its type ({@link AgencyNotice}); a question about a child ({@link ChildQuery})
 * sends the national ID, and a type when it has one (a platform record), none for a lookup or a letter.
 * {@code identityConfidential} only where the agency's interface has it (schools).
 */
public record AgencyBody(String caseId, String county, @JsonInclude(Include.NON_NULL) Object type,
    @JsonInclude(Include.NON_NULL) Boolean identityConfidential,
    @JsonInclude(Include.NON_NULL) String childNationalId, Map<String, Object> details) {

  public static AgencyBody of(AgencyNotice<?> notice) {
    return new AgencyBody(notice.caseId(), notice.county(), notice.type(), null, null, notice.details());
  }

  public static AgencyBody of(ChildQuery query) {
    return of(query, null);
  }

  public static AgencyBody of(ChildQuery query, Object type) {
    return new AgencyBody(query.caseId(), query.county(), type, null, query.childNationalId(), query.details());
  }

  /** The same body with {@code identityConfidential} set, for an interface that reads it. */
  public AgencyBody withIdentityConfidential(boolean confidential) {
    return new AgencyBody(caseId, county, type, confidential, childNationalId, details);
  }

  @Override
  public String toString() {
    return "AgencyBody[caseId=" + caseId + ", county=" + county + ", type=" + type + "]";
  }
}
