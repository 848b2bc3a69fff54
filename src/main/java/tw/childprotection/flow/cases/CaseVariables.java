package tw.childprotection.flow.cases;

import java.util.List;
import java.util.Map;

/**
 * The names of the process variables every case carries, whatever its process: who the child is, which
 * county handles the case and where the child is. Intake writes them, delegates, listeners and views
 * read them, tests assert on them — all by these names, so a rename is one line. Variables that only
 * one process knows stay with that process's ids ({@code ChildProtectionCase}, {@code ActiveCareCase}).
 */
public final class CaseVariables {

  /** The handling county (ISO 3166-2:TW code without {@code TW-}), which is also the instance's tenant. */
  public static final String COUNTY = "county";

  public static final String CHILD_NATIONAL_ID = "childNationalId";
  public static final String CHILD_NAME = "childName";
  /** ISO date ({@code 2023-05-01}), absent when the reporter did not know it. */
  public static final String CHILD_BIRTH_DATE = "childBirthDate";
  /** {@code M}, {@code F} or {@code UNKNOWN}. */
  public static final String CHILD_SEX = "childSex";
  /** The child's identity as every notice to an agency carries it, in the order agencies read it. */
  public static final List<String> CHILD = List.of(CHILD_NAME, CHILD_NATIONAL_ID, CHILD_BIRTH_DATE, CHILD_SEX);

  /** Where the child is (protection: the report's location; 辦法 第14條). */
  public static final String LOCATION_COUNTY = "locationCounty";
  public static final String LOCATION_ADDRESS = "locationAddress";
  /** The county of the child's residence (住所地), when known. */
  public static final String RESIDENCE_COUNTY = "residenceCounty";
  /** The county a case came from when it was transferred (辦法 第14條). */
  public static final String TRANSFERRED_FROM = "transferredFrom";

  private CaseVariables() {
  }

  /** The child of a case, as intake writes it and the case view reads it. */
  public record Child(String nationalId, String name, String birthDate, String sex) {

    /** Reads the child from a case's variables (missing ones are null). */
    public static Child of(Map<String, ?> variables) {
      return new Child(text(variables.get(CHILD_NATIONAL_ID)), text(variables.get(CHILD_NAME)),
          text(variables.get(CHILD_BIRTH_DATE)), text(variables.get(CHILD_SEX)));
    }

    /** Writes the child into a case's variables. */
    public void into(Map<String, Object> variables) {
      variables.put(CHILD_NATIONAL_ID, nationalId);
      variables.put(CHILD_NAME, name);
      variables.put(CHILD_BIRTH_DATE, birthDate);
      variables.put(CHILD_SEX, sex);
    }

    /** Only what does not identify the child: a record that may reach a log. */
    @Override
    public String toString() {
      return "Child[sex=" + sex + "]";
    }

    private static String text(Object value) {
      return value == null ? null : value.toString();
    }
  }
}
