package tw.childprotection.flow.agencies;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks shared by the compact constructors of the agency records and queries. */
public final class AgencyRecords {

  private AgencyRecords() {
  }

  public static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  public static <T> T requirePresent(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * An unmodifiable copy in the caller's order; null values are kept (an absent optional field is
   * still worth sending as null), which {@code Map.copyOf} would refuse.
   */
  public static Map<String, Object> details(Map<String, Object> details) {
    if (details == null || details.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** The only text form of a record: details carry national IDs and names and stay out of logs. */
  public static String describe(String recordName, String idempotencyKey, String caseId, String county,
      Object type) {
    String untyped = describe(recordName, idempotencyKey, caseId, county);
    return untyped.substring(0, untyped.length() - 1) + ", type=" + type + "]";
  }

  /** The same for a call without a type, such as a lookup: never the national ID or the details. */
  public static String describe(String recordName, String idempotencyKey, String caseId, String county) {
    return recordName + "[idempotencyKey=" + idempotencyKey + ", caseId=" + caseId + ", county=" + county + "]";
  }
}
