package tw.childprotection.flow.activecare;

import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseVariables;

/**
 * Ids of processes/active-care/activeCareCase.bpmn (戶政、衛政、警政及社政單位執行6歲以下弱勢兒童主動關懷個案
 * 通報及查訪作業流程), so code and tests never scatter element ids as strings.
 */
public final class ActiveCareCase {

  public static final String PROCESS_KEY = CaseKind.ACTIVE_CARE.processKey();
  /** processes/active-care/referralIdentityCheck.bpmn: same number, another name or birth date. */
  public static final String IDENTITY_CHECK_KEY = "referralIdentityCheck";
  public static final String RECONCILE_IDENTITY = "reconcileReferralIdentity";
  /** SAME (the open case's child: joins it) or DIFFERENT (another child: a case of its own). */
  public static final String VAR_IDENTITY_DECISION = "identityDecision";

  // variables set at intake
  public static final String VAR_COUNTY = CaseVariables.COUNTY;
  public static final String VAR_SOURCE = "source";
  public static final String VAR_REGISTERED_ADDRESS = "registeredAddress";
  /** Where the case entered: SCREENING (a single referral) or SOCIAL_AFFAIRS (a transmission line). */
  public static final String VAR_ENTERS_AT = "entersAt";
  public static final String VAR_ENTERS_AT_SCREENING = "SCREENING";
  public static final String VAR_ENTERS_AT_SOCIAL_AFFAIRS = "SOCIAL_AFFAIRS";
  // variables the process, its forms and delegates set
  public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
  public static final String VAR_DEPARTED = "departed";
  public static final String VAR_VACCINATED = "vaccinated";
  public static final String VAR_REMINDERS_DONE = "remindersDone";
  public static final String VAR_TWO_WAY_CONTACTS = "twoWayContacts";
  public static final String VAR_CONTACT_TYPE = "contactType";
  public static final String VAR_SUSPECTED_PROTECTION_ISSUE = "suspectedProtectionIssue";
  public static final String VAR_PARENTS_REFUSE = "parentsRefuseAndWillNotSign";
  public static final String VAR_NO_ONE_FOUND = "noOneFoundNoResidence";
  public static final String VAR_FRAGILE_FAMILY_STATUS = "fragileFamilyStatus";
  public static final String VAR_ALREADY_SERVED = "alreadyServed";
  public static final String VAR_CARE_RECORDS_MATCHED = "careRecordsMatched";
  public static final String VAR_DISTRICT_LETTER_SENT = "districtLetterSent";
  public static final String VAR_CARE_RECORDS_SUMMARY = "careRecordsSummary";
  /** 註3: which of the platform's sources answered the matching, and which did not. */
  public static final String VAR_CARE_RECORDS_ANSWERED = "careRecordsAnswered";
  public static final String VAR_CARE_RECORDS_UNANSWERED = "careRecordsUnanswered";
  public static final String VAR_SOCIAL_NOTIFIED_AT = "socialNotifiedAt";
  public static final String VAR_VISIT_OUTCOME = "visitOutcome";
  public static final String VAR_CHILD_FOUND = "childFound";
  /** Who the police told of a found child: ORIGINAL_SOCIAL_UNIT, or LOCAL_AUTHORITY where the child is. */
  public static final String VAR_FOUND_NOTIFIED = "foundNotified";
  public static final String VAR_FOUND_COUNTY = "foundCounty";
  /** The social worker's review of a search: CONTINUE, CRIME_REFERRAL (Act Art. 54, the search goes on) or END. */
  public static final String VAR_SEARCH_DECISION = "searchDecision";
  /** Why a search ended without a find: DEPARTED, DECEASED, AGED_OUT. */
  public static final String VAR_SEARCH_END_REASON = "searchEndReason";
  public static final String VAR_CLOSURE_APPROVED = "closureApproved";
  public static final String VAR_PROTECTION_CASE_ID = "protectionCaseId";
  public static final String VAR_CONCERN_ITEMS = "concernArticle53Items";
  public static final String VAR_CONCERN_REASON = "concernReason";

  /** Each category's own screening, one collapsed sub-process per column of the flowchart; its result. */
  public static final String BIRTH_REGISTRATION_SCREENING = "birthRegistrationScreening";
  public static final String RELOCATION_SCREENING = "relocationScreening";
  public static final String VACCINATION_SCREENING = "vaccinationScreening";
  public static final String INSURANCE_SCREENING = "insuranceScreening";
  public static final String SERVICE_SYSTEMS_SCREENING = "serviceSystemsScreening";
  /** WELL, CONCERN, TO_SOCIAL, DEPARTED, SERVED, HEALTH_CONTINUES or AGED_OUT, set by the screening's end. */
  public static final String VAR_SCREENING_RESULT = "screeningResult";

  // A. ex-officio birth registration
  public static final String BIRTH_REGISTRATION_VISIT = "birthRegistrationVisit";
  public static final String POLICE_VISIT = "policeVisit";
  public static final String POLICE_VISIT_OVERDUE_REVIEW = "policeVisitOverdueReview";
  public static final String REQUEST_DISTRICT_FOLLOW_UP = "requestDistrictFollowUp";
  public static final String DISTRICT_FOLLOW_UP = "districtFollowUp";
  public static final String REPLY_OVERDUE_REVIEW = "replyOverdueReview";
  public static final String REVIEW_LETTER_REPLIES = "reviewLetterReplies";
  // B. ex-officio move of household registration
  public static final String RELOCATION_QUERIES = "relocationQueries";
  public static final String QUERY_INSURANCE_ADDRESS = "queryInsuranceAddress";
  public static final String QUERY_ENTRY_EXIT = "queryEntryExit";
  public static final String QUERY_RELATIVES = "queryRelatives";
  public static final String RELOCATION_VISIT = "relocationVisit";
  public static final String POPULATION_CHECK = "populationCheck";
  /** 逕遷後定期辦理清查: the next check while the child is still unknown. */
  public static final String NEXT_POPULATION_CHECK_DUE = "nextPopulationCheckDue";
  // C. overdue vaccination
  public static final String VACCINATION_REMINDER = "vaccinationReminder";
  public static final String REMINDERS_OVERDUE_REVIEW = "remindersOverdueReview";
  public static final String CLOSED_HEALTH_CONTINUES = "closedHealthContinues";
  /** 註1: the seventh birthday ends the vaccination service, with its reason. */
  public static final String SERVED_UNTIL_SEVEN = "servedUntilSeven";
  public static final String CLOSED_AGED_OUT = "closedAgedOut";
  // D. not insured
  public static final String INSURANCE_ENROLMENT_HELP = "insuranceEnrolmentHelp";
  public static final String NHIA_EXCLUDE_DEPARTED = "nhiaExcludeDeparted";
  // E. low-income households with a disabled parent
  public static final String CLOSED_ALREADY_SERVED = "closedAlreadyServed";
  // shared ends
  public static final String CLOSED_DEPARTED = "closedDeparted";
  public static final String CLOSED_WELL_CARED = "closedWellCared";
  public static final String REPORTED_FOR_PROTECTION = "reportedForProtection";
  // social-affairs stage
  /** Where every category (and every transmission line) is handed to social affairs (始通知社政單位續處). */
  public static final String TO_SOCIAL_AFFAIRS = "toSocialAffairs";
  /** A further category's screening ending with social affairs already at work: it joins that work. */
  public static final String JOINED_SOCIAL_AFFAIRS = "joinedSocialAffairs";
  public static final String REPORT_TO_PLATFORM = "reportToActiveCarePlatform";
  public static final String MATCH_CARE_RECORDS = "matchCareRecords";
  public static final String SOCIAL_VISIT = "socialVisit";
  public static final String SOCIAL_VISIT_OVERDUE_REVIEW = "socialVisitOverdueReview";
  public static final String VISIT_REPORT = "visitReport";
  public static final String VISIT_REPORT_OVERDUE_REVIEW = "visitReportOverdueReview";
  public static final String CLOSURE_REVIEW = "closureReview";
  // missing child
  public static final String REPORT_MISSING_CHILD = "reportMissingChild";
  public static final String POLICE_SEARCH = "policeSearch";
  /** The search, open until found or ended with a reason; the police and the social worker side by side. */
  public static final String MISSING_CHILD_SEARCH = "missingChildSearch";
  /** The social worker's review of the search: optional matches, the crime referral, or the end. */
  public static final String SEARCH_REVIEW = "searchReview";
  public static final String NEXT_REVIEW_DUE = "nextReviewDue";
  public static final String SEARCH_CLOSED = "searchClosed";
  public static final String INTERVENE_WHEN_FOUND = "interveneWhenFound";
  public static final String NOTIFY_COUNTY_WHERE_FOUND = "notifyCountyWhereFound";
  /** The process the county where a missing child was found runs (foundChildIntervention.bpmn). */
  public static final String FOUND_CHILD_INTERVENTION_KEY = "foundChildIntervention";
  public static final String INTERVENE_WHERE_FOUND = "interveneWhereFound";
  public static final String REQUEST_CRIMINAL_INVESTIGATION = "requestCriminalInvestigation";

  private ActiveCareCase() {
  }
}
