package tw.childprotection.flow.cases;

/**
 * The two kinds of case (CONTRACT §3), each with its case-id prefix and top-level process. The process keys
 * are written here only; the process areas' id classes name them from here.
 */
public enum CaseKind {
  ACTIVE_CARE("AC", "activeCareCase"),
  PROTECTION("CP", "childProtectionCase");

  private final String prefix;
  private final String processKey;

  CaseKind(String prefix, String processKey) {
    this.prefix = prefix;
    this.processKey = processKey;
  }

  public String prefix() {
    return prefix;
  }

  public String processKey() {
    return processKey;
  }
}
