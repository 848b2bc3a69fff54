package tw.childprotection.flow.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * What the people of a national year answer on each task of the flowchart, by task key: the decisions
 * (most reports not opened, some investigated with the police, a few placements, family plans, follow-ups,
 * missing children searched for) in the shares docs/benchmarks.md states — from public statistics where
 * there are some, otherwise marked as assumptions there. The form's other required fields are filled by
 * {@link NationalYearBenchmark} from the deployed form itself; every submission is checked against its form.
 *
 * <p>{@link At} marks a moment the filler writes as the form's field wants it (a date or a date and time).
 */
final class YearAnswers {

  /** A moment for a datetime field, written as the field's subtype asks. */
  record At(Instant instant) {
    String asDateTime() {
      return instant.atOffset(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    String asDate() {
      return instant.atOffset(ZoneOffset.ofHours(8)).toLocalDate().toString();
    }
  }

  /** The shares a run works with: the public figure or the assumption, as docs/benchmarks.md lists them. */
  record Shares(double opened, double placedAtDispatch, double placedWhenOpened, double policeSeized,
      double otherUnits, double closureRefused) {

    static Shares fromProperties() {
      return new Shares(share("opened", 0.196), share("placedAtDispatch", 0.006), share("placedWhenOpened", 0.03),
          share("policeSeized", 0.02), share("otherUnits", 0.15), share("closureRefused", 0.05));
    }

    private static double share(String name, double fallback) {
      return Double.parseDouble(System.getProperty("bench.year.share." + name, String.valueOf(fallback)));
    }
  }

  /** What an answer may look up on the case (a few tasks depend on what happened before). */
  interface CaseFacts {
    Object variable(String name);
  }

  private final Shares shares;
  private final Map<String, Answer> answers = new HashMap<>();

  @FunctionalInterface
  interface Answer {
    void fill(Map<String, Object> v, SplittableRandom r, Instant now, String county, CaseFacts facts);
  }

  YearAnswers(Shares shares) {
    this.shares = shares;
    protection();
    placement();
    activeCare();
    reviews();
  }

  boolean knows(String taskKey) {
    return answers.containsKey(taskKey);
  }

  Map<String, Object> answer(String taskKey, SplittableRandom r, Instant now, String county, CaseFacts facts) {
    Map<String, Object> v = new HashMap<>();
    answers.get(taskKey).fill(v, r, now, county, facts);
    return v;
  }

  private void on(String key, Answer answer) {
    answers.put(key, answer);
  }

  private static String pick(SplittableRandom r, Object... weightedChoices) {
    double total = 0;
    for (int i = 1; i < weightedChoices.length; i += 2) {
      total += ((Number) weightedChoices[i]).doubleValue();
    }
    double roll = r.nextDouble() * total;
    for (int i = 0; i < weightedChoices.length; i += 2) {
      roll -= ((Number) weightedChoices[i + 1]).doubleValue();
      if (roll < 0) {
        return (String) weightedChoices[i];
      }
    }
    return (String) weightedChoices[weightedChoices.length - 2];
  }

  private static At ago(Instant now, long minutes) {
    return new At(now.minus(minutes, ChronoUnit.MINUTES));
  }

  // ---- childProtectionCase

  private void protection() {
    on("writtenReport", (v, r, now, c, f) -> v.put("writtenReportChannel", pick(r, "ONLINE", 80, "FAX", 15,
        "OTHER_TECH", 5)));
    on("dispatchHandling", (v, r, now, c, f) -> {
      double units = r.nextDouble();
      v.put("assignedUnits", units < shares.otherUnits() / 3 ? List.of("SOCIAL", "HEALTH")
          : units < 2 * shares.otherUnits() / 3 ? List.of("SOCIAL", "POLICE")
          : units < shares.otherUnits() ? List.of("SOCIAL", "EDUCATION") : List.of("SOCIAL"));
      v.put("visitMode", "FACE_TO_FACE");
      v.put("preHandlingProtectedBy", pick(r, "NONE", 70, "SCHOOL", 12, "HOSPITAL", 8, "POLICE", 6,
          "CHILD_WELFARE_INSTITUTION", 4));
      v.put("hospitalTreatmentNeeded", false);
      v.put("policeDiscovered", r.nextDouble() < shares.policeSeized() ? "true" : "false");
      boolean placing = r.nextDouble() < shares.placedAtDispatch();
      v.put("emergencyPlacementNeeded", placing);
      if (placing) {
        placementAtVisit(v, r, now);
      }
    });
    on("healthUnitHandling", YearAnswers::unitHandling);
    on("policeUnitHandling", YearAnswers::unitHandling);
    on("educationUnitHandling", YearAnswers::unitHandling);
    on("policeJointInvestigation", (v, r, now, c, f) -> v.put("policeFindings", pick(r, "CONFIRMED", 40,
        "NOT_CONFIRMED", 50, "CONTINUING", 10)));
    on("safetyAssessment", (v, r, now, c, f) -> {
      boolean open = r.nextDouble() < shares.opened();
      v.put("childSeen", "YES");
      v.put("safetyLevel", open ? pick(r, "CONDITIONALLY_SAFE", 70, "UNSAFE", 30) : "SAFE");
      v.put("protectionDecision", open ? "OPEN" : "NOT_OPEN");
      v.put("investigationSummary", open ? "評估有保護需求，開案提供服務（模擬）" : "查無保護需求，不開案（模擬）");
      if (open && r.nextDouble() < shares.placedWhenOpened()
          && !Boolean.TRUE.equals(f.variable("emergencyPlacementNeeded"))) {
        v.put("emergencyPlacementNeeded", true);
        placementAtVisit(v, r, now);
      }
    });
    on("directMeasures", (v, r, now, c, f) -> {
      v.put("directMeasureArticles", List.of(pick(r, "ART55", 30, "ART71", 20, "ART91", 20, "ART96", 15,
          "ART102", 15)));
      v.put("protectionDecision", r.nextBoolean() ? "OPEN" : "NOT_OPEN");
    });
    on("familyTreatmentPlan", (v, r, now, c, f) -> v.put("servicesProvided",
        List.of(pick(r, "PARENTING_EDUCATION", 40, "COUNSELLING", 30, "ECONOMIC", 15, "CHILDCARE", 10,
            "SUBSTANCE_TREATMENT", 5))));
    on("familyServices", (v, r, now, c, f) -> {
      boolean rebuilt = r.nextDouble() < 0.85;
      v.put("familyOutcome", rebuilt ? "REBUILT" : "ENDED_OTHERWISE");
      if (!rebuilt) {
        v.put("familyServicesEndReason", "家庭遷居他處，轉介當地社福資源（模擬）");
      }
    });
    on("familyTreatment", (v, r, now, c, f) -> v.put("familyOutcome", r.nextDouble() < 0.7 ? "REBUILT"
        : "NOT_REBUILT"));
    on("longTermGuidancePlan", (v, r, now, c, f) -> v.put("longTermPlan", pick(r, "LONG_TERM_PLACEMENT", 50,
        "PERMANENT_PLACEMENT", 20, "ADOPTION", 15, "INDEPENDENT_LIVING", 15)));
    on("closureReview", (v, r, now, c, f) -> {
      boolean approved = r.nextDouble() >= shares.closureRefused();
      v.put("closureApproved", approved);
      if (!approved) {
        v.put("closureComment", "請補充最近一次訪視紀錄後再送結案（模擬）");
      }
    });
    on("additionalCaseWork", (v, r, now, c, f) -> v.put("additionalWorkDone", List.of("VISIT", "RECORDS")));
    on("reconcileReportIdentity", (v, r, now, c, f) -> v.put("identityDecision", "SAME"));
  }

  private static void unitHandling(Map<String, Object> v, SplittableRandom r, Instant now, String county,
      CaseFacts facts) {
    v.put("unitChildSeen", r.nextDouble() < 0.9 ? "YES" : "NO");
    v.put("unitHandlingNote", "已會同訪視並提供協助（模擬）");
  }

  private static void placementAtVisit(Map<String, Object> v, SplittableRandom r, Instant now) {
    v.put("placedAt", ago(now, 30));
    v.put("placementExcludedHours", 0);
    v.put("placementGround", pick(r, "ABANDONED_ABUSED", 50, "NOT_PROPERLY_CARED", 30, "MEDICAL_NEGLECT", 10,
        "OTHER_HARM", 10));
    v.put("childIsStudent", r.nextBoolean());
  }

  // ---- emergencyPlacement

  private void placement() {
    on("notifyParents", (v, r, now, c, f) -> {
      String notice = pick(r, "NOTIFIED", 90, "NO_PARENT_OR_GUARDIAN", 5, "CLEARLY_DIFFICULT", 5);
      v.put("parentNotice", notice);
      if (!notice.equals("NOTIFIED")) {
        v.put("parentNoticeReason", "查無父母或監護人聯絡方式（模擬）");
      }
    });
    on("placementAssessment", (v, r, now, c, f) -> {
      boolean keep = r.nextDouble() < 0.6;
      v.put("placementDecision", keep ? "CONTINUE" : "RETURN");
      v.put("placementAssessmentNote", keep ? "安置原因仍在，聲請繼續安置（模擬）" : "原因消滅，交付父母（模擬）");
    });
    on("placementExpiredDecision", (v, r, now, c, f) -> {
      boolean keep = r.nextDouble() < 0.6;
      v.put("placementDecision", keep ? "CONTINUE" : "RETURN");
      v.put("placementExpiredNote", "逾72小時，立即處理（模擬）");
    });
    on("recordCourtRuling", (v, r, now, c, f) -> {
      boolean granted = r.nextDouble() < 0.9;
      v.put("courtRuling", granted ? "GRANTED" : "REFUSED");
      if (granted) {
        v.put("termEndsAt", new At(now.plus(91, ChronoUnit.DAYS)));
      }
      v.put("rulingCaseNumber", "模擬年度護字第" + (1 + r.nextInt(9999)) + "號");
    });
    on("careReport", (v, r, now, c, f) -> {
      v.put("childCondition", pick(r, "STABLE", 80, "NEEDS_ATTENTION", 15, "UNSTABLE", 5));
      v.put("careReportSummary", "安置期間適應情形（模擬）");
    });
    on("extensionAssessment", (v, r, now, c, f) -> {
      v.put("extendPlacement", r.nextDouble() < 0.4);
      v.put("extensionAssessmentNote", "延長安置評估（模擬）");
    });
    on("extensionPetition", (v, r, now, c, f) -> v.put("extensionReason", pick(r, "CAUSE_PERSISTS", 60,
        "FAMILY_NOT_READY", 35, "OTHER", 5)));
    on("returnChild", (v, r, now, c, f) -> {
      v.put("returnedTo", pick(r, "PARENT", 80, "GUARDIAN", 10, "OTHER_CAREGIVER", 10));
      v.put("placementEndReason", "REFUSED".equals(f.variable("courtRuling")) ? "COURT_REFUSED"
          : f.variable("termEndsAt") != null ? "TERM_ENDED" : "CAUSE_ENDED");
    });
    on("followUpReport", (v, r, now, c, f) -> {
      boolean yearDone = Boolean.TRUE.equals(f.variable("followUpYearDone"));
      String outcome = yearDone ? "END" : r.nextDouble() < 0.03 ? "END_EARLY" : "CONTINUE";
      v.put("followUpAssessment", pick(r, "SAFE", 85, "CONCERN", 12, "RISK", 3));
      v.put("followUpOutcome", outcome);
      if (outcome.equals("END_EARLY")) {
        v.put("followUpEndReason", "家庭功能穩定，擬提前結束（模擬）");
      }
    });
    on("followUpEarlyEndReview", (v, r, now, c, f) -> {
      v.put("followUpEarlyEndApproved", r.nextBoolean());
      v.put("followUpEarlyEndComment", "審核意見（模擬）");
    });
  }

  // ---- activeCareCase and its companions

  private void activeCare() {
    on("birthRegistrationVisit", (v, r, now, c, f) -> screening(v, r, "WELL", 73, "WHEREABOUTS_UNKNOWN", 25,
        "CONCERN", 2));
    on("policeVisit", (v, r, now, c, f) -> {
      String finding = pick(r, "WELL", 45, "NOT_FOUND", 53, "CONCERN", 2);
      v.put("policeFinding", finding);
      v.put("policeNote", "員警查訪紀錄（模擬）");
      if (finding.equals("CONCERN")) {
        v.put("policeConcernItems", List.of("4"));
        v.put("policeConcernReason", "幼兒獨處（模擬）");
      }
    });
    on("districtFollowUp", (v, r, now, c, f) -> {
      v.put("districtFinding", pick(r, "WELL", 45, "NOT_FOUND", 55));
      v.put("districtNote", "村里幹事追蹤關懷（模擬）");
    });
    on("reviewLetterReplies", (v, r, now, c, f) -> screening(v, r, "WELL", 50, "WHEREABOUTS_UNKNOWN", 50));
    on("relocationVisit", (v, r, now, c, f) -> {
      v.put("relocationPlacesVisited", List.of("REGISTERED_ADDRESS", "NHI_CONTACT_ADDRESS"));
      screening(v, r, "WELL", 40, "WHEREABOUTS_UNKNOWN", 58, "CONCERN", 2);
    });
    on("populationCheck", (v, r, now, c, f) -> screening(v, r, "WELL", 30, "DEPARTED", 20,
        "WHEREABOUTS_UNKNOWN", 50));
    on("vaccinationReminder", (v, r, now, c, f) -> {
      boolean twoWay = r.nextDouble() < 0.6;
      v.put("reminderChannel", twoWay ? "PHONE" : pick(r, "SMS", 50, "LETTER", 50));
      v.put("contactType", twoWay ? "TWO_WAY" : "ONE_WAY");
      if (twoWay) {
        v.put("contactReached", pick(r, "PARENT", 80, "GRANDPARENT", 15, "OTHER_MAIN_CAREGIVER", 5));
      }
      v.put("vaccinated", r.nextDouble() < 0.4);
      v.put("suspectedProtectionIssue", r.nextDouble() < 0.01);
      v.put("parentsRefuseAndWillNotSign", r.nextDouble() < 0.05);
      v.put("noOneFoundNoResidence", !twoWay && r.nextDouble() < 0.2);
      concernIfSuspected(v);
    });
    on("insuranceEnrolmentHelp", (v, r, now, c, f) -> {
      boolean enrolled = r.nextDouble() < 0.75;
      v.put("enrolled", enrolled ? "YES" : "NO");
      if (!enrolled) {
        v.put("notEnrolledReason", pick(r, "UNREACHABLE", 50, "ABROAD_SUSPECTED", 30, "REFUSED", 10,
            "DOCUMENTS_PENDING", 10));
      }
      v.put("suspectedProtectionIssue", r.nextDouble() < 0.01);
      concernIfSuspected(v);
    });
    on("socialVisit", (v, r, now, c, f) -> {
      String outcome = pick(r, "WELL", 85, "MISSING", 10, "CONCERN", 5);
      v.put("childSeen", outcome.equals("MISSING") ? "NO" : "YES");
      v.put("visitOutcome", outcome);
      if (outcome.equals("CONCERN")) {
        v.put("concernArticle53Items", List.of("4"));
        v.put("concernReason", "照顧疏忽（模擬）");
      }
    });
    on("visitReport", (v, r, now, c, f) -> {
      v.put("assessmentAreas", List.of("CHILD_HEALTH_DEVELOPMENT", "CARE_ARRANGEMENT"));
      v.put("comprehensiveAssessment", "綜合評估（模擬）");
      v.put("serviceDirection", pick(r, "CLOSE_WELL", 70, "CLOSE_RESOURCES_LINKED", 25, "CLOSE_REFERRED", 5));
    });
    on("policeSearch", (v, r, now, c, f) -> {
      boolean found = r.nextDouble() < 0.6;
      v.put("childFound", found);
      if (found) {
        v.put("foundCounty", c);
        v.put("foundNotified", "ORIGINAL_SOCIAL_UNIT");
      }
      v.put("searchNote", "協尋進度（模擬）");
    });
    on("searchReview", (v, r, now, c, f) -> {
      String decision = pick(r, "CONTINUE", 85, "END", 10, "CRIME_REFERRAL", 5);
      v.put("searchDecision", decision);
      if (decision.equals("END")) {
        v.put("searchEndReason", "DEPARTED");
        v.put("searchEndNote", "經查已出境（模擬）");
      } else if (decision.equals("CRIME_REFERRAL")) {
        v.put("crimeSuspicionReason", "疑涉刑案（模擬）");
      }
    });
    Answer intervene = (v, r, now, c, f) -> {
      v.put("interveningAuthority", "ORIGINAL_SOCIAL_UNIT");
      v.put("childSeenAfterFound", "YES");
      v.put("interventionNote", "尋獲後即時介入（模擬）");
    };
    on("interveneWhenFound", intervene);
    on("interveneWhereFound", intervene);
    on("reconcileReferralIdentity", (v, r, now, c, f) -> v.put("identityDecision", "SAME"));
    Answer transmission = (v, r, now, c, f) -> v.put("transmissionFollowUp", "NOTHING_TO_SEND");
    on("followUpMoiTransmission", transmission);
    on("followUpNhiaTransmission", transmission);
    on("followUpCdcTransmission", transmission);
  }

  private static void screening(Map<String, Object> v, SplittableRandom r, Object... weightedOutcomes) {
    String outcome = pick(r, weightedOutcomes);
    v.put("screeningOutcome", outcome);
    if (outcome.equals("CONCERN")) {
      v.put("concernArticle53Items", List.of("4"));
      v.put("concernReason", "疑似疏忽照顧（模擬）");
    }
  }

  private static void concernIfSuspected(Map<String, Object> v) {
    if (Boolean.TRUE.equals(v.get("suspectedProtectionIssue"))) {
      v.put("concernArticle53Items", List.of("4"));
      v.put("concernReason", "疑似疏忽照顧（模擬）");
    }
  }

  // ---- every supervisor's review of a missed deadline (both areas share a form each)

  private void reviews() {
    Answer overdue = (v, r, now, c, f) -> {
      v.put("overdueReason", pick(r, "STAFFING", 50, "UNREACHABLE", 30, "COMPLEX", 15, "OTHER", 5));
      v.put("overdueRemedy", "督導已追蹤並排定完成時間（模擬）");
      v.put("overdueExpectedBy", new At(now.plus(3, ChronoUnit.DAYS)));
    };
    for (String key : List.of("writtenReportOverdueReview", "dispatchOverdueReview", "jointInvestigationOverdueReview",
        "investigationOverdueReview", "familyTreatmentPlanOverdueReview", "familyPlanOverdueReview",
        "placementOverdueReview", "extensionAssessmentOverdueReview", "extensionPetitionOverdueReview",
        "replyOverdueReview", "remindersOverdueReview", "socialVisitOverdueReview", "visitReportOverdueReview",
        "policeVisitOverdueReview")) {
      on(key, overdue);
    }
  }

  /** Natural time a task without a due date takes (the law sets none), in hours, by task key. */
  static final Function<String, long[]> UNDATED_HOURS = key -> switch (key) {
    case "familyServices" -> new long[] {120 * 24, 300 * 24};
    case "careReport" -> new long[] {20 * 24, 60 * 24};
    case "returnChild", "notifyParents" -> new long[] {1, 20};
    default -> new long[] {2, 48};
  };
}
