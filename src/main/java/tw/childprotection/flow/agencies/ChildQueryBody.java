package tw.childprotection.flow.agencies;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What a {@link ChildQuery} sends: the key travels in the header, so the body is the rest, with a
 * type when the call has one (a platform record) and none for a lookup.
 */
public record ChildQueryBody(String caseId, String county, @JsonInclude(JsonInclude.Include.NON_NULL) Object type,
    String childNationalId, Map<String, Object> details) {

  public static ChildQueryBody of(ChildQuery query) {
    return of(query, null);
  }

  public static ChildQueryBody of(ChildQuery query, Object type) {
    return new ChildQueryBody(query.caseId(), query.county(), type, query.childNationalId(), query.details());
  }

  @Override
  public String toString() {
    return "ChildQueryBody[caseId=" + caseId + ", county=" + county + ", type=" + type + "]";
  }
}
