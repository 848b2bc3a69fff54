package tw.childprotection.flow.protection;

/**
 * Ids of processes/protection/childProtectionCase.bpmn (兒童及少年保護通報及處理辦法), so code and tests
 * never scatter element ids as strings.
 */
public final class ChildProtectionCase {

  public static final String PROCESS_KEY = "childProtectionCase";

  /** Process variables set at intake. */
  public static final String VAR_COUNTY = "county";
  public static final String VAR_REPORT_RECEIVED_AT = "reportReceivedAt";
  /** Set by the safety-assessment form: OPEN or NOT_OPEN. */
  public static final String VAR_PROTECTION_DECISION = "protectionDecision";

  public static final String DISPATCH = "dispatchHandling";
  public static final String DISPATCH_DEADLINE = "dispatchDeadlinePassed";
  public static final String DISPATCH_OVERDUE_REVIEW = "dispatchOverdueReview";
  public static final String SAFETY_ASSESSMENT = "safetyAssessment";
  public static final String INVESTIGATION_DEADLINE = "investigationDeadlinePassed";
  public static final String INVESTIGATION_OVERDUE_REVIEW = "investigationOverdueReview";
  public static final String CASE_MANAGEMENT = "caseManagement";
  public static final String CLOSURE_REVIEW = "closureReview";
  public static final String CASE_CLOSED = "caseClosed";

  private ChildProtectionCase() {
  }
}
