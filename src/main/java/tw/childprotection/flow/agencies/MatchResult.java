package tw.childprotection.flow.agencies;

/**
 * What a service system knows of a child: whether it has the child at all, whether it serves the
 * household now, which system answered (its Chinese name, as the social worker reads it) and the
 * system's own status text.
 */
public record MatchResult(boolean found, boolean inService, String system, String status) {

  public MatchResult {
    AgencyRecords.requireText(system, "system");
  }

  /** The system has no record of the child. */
  public static MatchResult none(String system) {
    return new MatchResult(false, false, system, null);
  }
}
