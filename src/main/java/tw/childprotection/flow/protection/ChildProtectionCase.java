package tw.childprotection.flow.protection;

import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseVariables;

/**
 * Ids of processes/protection/childProtectionCase.bpmn and emergencyPlacement.bpmn
 * (兒童及少年保護通報及處理辦法), so code and tests never scatter element ids as strings.
 */
public final class ChildProtectionCase {

  public static final String PROCESS_KEY = CaseKind.PROTECTION.processKey();
  public static final String PLACEMENT_PROCESS_KEY = "emergencyPlacement";
  /** processes/protection/reportIdentityCheck.bpmn: an earlier open case's number, another name or birth date. */
  public static final String REPORT_IDENTITY_CHECK_KEY = "reportIdentityCheck";
  public static final String RECONCILE_REPORT_IDENTITY = "reconcileReportIdentity";
  /** SAME (counted with the earlier case's reports, 第14條) or DIFFERENT (another child). */
  public static final String VAR_IDENTITY_DECISION = "identityDecision";

  /** Process variables set at intake (the forms confirm or change the decisions among them). */
  public static final String VAR_COUNTY = CaseVariables.COUNTY;
  public static final String VAR_REPORT_RECEIVED_AT = "reportReceivedAt";
  public static final String VAR_KNOWN_AT = "knownAt";
  public static final String VAR_URGENT = "urgent";
  public static final String VAR_VERBAL_FIRST = "verbalFirst";
  public static final String VAR_JOINT_INVESTIGATION = "jointInvestigation";
  public static final String VAR_POLICE_DISCOVERED = "policeDiscovered";
  public static final String VAR_POLICE_INFORMED = "policeInformed";
  public static final String VAR_CRIME_INVOLVED = "crimeInvolved";
  public static final String VAR_EMERGENCY_PLACEMENT_NEEDED = "emergencyPlacementNeeded";
  public static final String VAR_CHILD_IS_STUDENT = "childIsStudent";
  /** Set by forms. */
  public static final String VAR_PROTECTION_DECISION = "protectionDecision";
  public static final String VAR_PLACED_AT = "placedAt";
  /** Act Art. 58: escort in transit, traffic obstruction, force majeure do not count in the 72 hours. */
  public static final String VAR_PLACEMENT_EXCLUDED_HOURS = "placementExcludedHours";
  public static final String VAR_PLACEMENT_DECISION = "placementDecision";
  public static final String VAR_COURT_RULING = "courtRuling";
  public static final String VAR_TERM_ENDS_AT = "termEndsAt";
  public static final String VAR_EXTEND_PLACEMENT = "extendPlacement";
  public static final String VAR_FOLLOW_UP_OUTCOME = "followUpOutcome";
  public static final String VAR_FAMILY_OUTCOME = "familyOutcome";
  public static final String VAR_CLOSURE_APPROVED = "closureApproved";

  /** Messages that start the optional Art. 12 and 13 work on an open case. */
  public static final String MSG_SCHOOL_TRANSFER = "SchoolTransferRequested";
  public static final String MSG_PROTECTION_ORDER = "ProtectionOrderRequested";
  /** A continued placement ends before its term: the cause is gone or the placement revoked (第7、9條). */
  public static final String MSG_PLACEMENT_ENDED_EARLY = "PlacementEndedEarly";
  /** A placement recorded at any moment of the case (本法第56條). */
  public static final String MSG_EMERGENCY_PLACEMENT = "EmergencyPlacementRecorded";

  // childProtectionCase
  public static final String WRITTEN_REPORT = "writtenReport";
  public static final String WRITTEN_REPORT_OVERDUE_REVIEW = "writtenReportOverdueReview";
  public static final String DISPATCH = "dispatchHandling";
  public static final String DISPATCH_OVERDUE_REVIEW = "dispatchOverdueReview";
  public static final String DIRECT_MEASURES = "directMeasures";
  public static final String HEALTH_UNIT_HANDLING = "healthUnitHandling";
  public static final String POLICE_UNIT_HANDLING = "policeUnitHandling";
  public static final String EDUCATION_UNIT_HANDLING = "educationUnitHandling";
  public static final String JOINT_INVESTIGATION_OVERDUE_REVIEW = "jointInvestigationOverdueReview";
  public static final String POLICE_JOINT_INVESTIGATION = "policeJointInvestigation";
  public static final String SAFETY_ASSESSMENT = "safetyAssessment";
  public static final String INVESTIGATION_OVERDUE_REVIEW = "investigationOverdueReview";
  public static final String PLACEMENT = "placement";
  /** Act Art. 64 / 辦法 第10條: the plan, within 3 months of the case being listed (CP_FAMILY_PLAN_3M). */
  public static final String FAMILY_TREATMENT_PLAN = "familyTreatmentPlan";
  public static final String FAMILY_TREATMENT_PLAN_DEADLINE = "familyTreatmentPlanDeadlinePassed";
  public static final String FAMILY_TREATMENT_PLAN_OVERDUE_REVIEW = "familyTreatmentPlanOverdueReview";
  /** 第10條 for a child never placed: services under the plan, no two-year review, no long-term plan. */
  public static final String FAMILY_SERVICES = "familyServices";
  /** 第11條 for a placed child: the review two years after the plan started (CP_FAMILY_PLAN_2Y). */
  public static final String FAMILY_TREATMENT = "familyTreatment";
  public static final String FAMILY_PLAN_DEADLINE = "familyPlanDeadlinePassed";
  public static final String FAMILY_PLAN_OVERDUE_REVIEW = "familyPlanOverdueReview";
  public static final String LONG_TERM_GUIDANCE_PLAN = "longTermGuidancePlan";
  public static final String CONFIRM_SCHOOL_TRANSFER = "confirmSchoolTransfer";
  public static final String PREPARE_PROTECTION_ORDER = "prepareProtectionOrderPetition";
  public static final String CLOSURE_REVIEW = "closureReview";
  public static final String ADDITIONAL_CASE_WORK = "additionalCaseWork";

  // emergencyPlacement
  public static final String NOTIFY_COURT_OF_PLACEMENT = "notifyCourtOfPlacement";
  public static final String NOTIFY_PARENTS = "notifyParents";
  public static final String PLACEMENT_ASSESSMENT = "placementAssessment";
  public static final String PLACEMENT_DEADLINE = "placementDeadlinePassed";
  public static final String PLACEMENT_OVERDUE_REVIEW = "placementOverdueReview";
  /** Art. 57: the 72 hours ran out without a petition — the worker chooses at once. */
  public static final String PLACEMENT_EXPIRED_DECISION = "placementExpiredDecision";
  public static final String RECORD_COURT_RULING = "recordCourtRuling";
  public static final String CARE_REPORT = "careReport";
  public static final String EXTENSION_ASSESSMENT = "extensionAssessment";
  public static final String EXTENSION_ASSESSMENT_OVERDUE_REVIEW = "extensionAssessmentOverdueReview";
  public static final String EXTENSION_PETITION = "extensionPetition";
  public static final String EXTENSION_PETITION_OVERDUE_REVIEW = "extensionPetitionOverdueReview";
  public static final String TERM_ENDS = "termEnds";
  public static final String RETURN_CHILD = "returnChild";
  public static final String FOLLOW_UP_REPORT = "followUpReport";
  public static final String FOLLOW_UP_INTERVAL = "followUpInterval";
  public static final String FOLLOW_UP_EARLY_END_REVIEW = "followUpEarlyEndReview";
  public static final String VAR_FOLLOW_UP_EARLY_END_APPROVED = "followUpEarlyEndApproved";
  public static final String PLACEMENT_CLOSED = "placementClosed";

  private ChildProtectionCase() {
  }
}
