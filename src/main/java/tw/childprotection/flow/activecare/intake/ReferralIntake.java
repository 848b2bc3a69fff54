package tw.childprotection.flow.activecare.intake;

import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.activecare.intake.ActiveCareReferrals.Outcome;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.ForbiddenException;

/**
 * A referral becomes an active-care case in the county of the registered domicile — checked in full
 * first, then in one transaction, so nothing half-written remains. While the child has an open case,
 * a repeat from the same source joins it and another source is added to it; the child never has two
 * open active-care cases.
 *
 * <p>Where the case starts is the flowchart's: a single referral at its agency's own screening (the five
 * columns); a line of an agency's scheduled transmission (children it screened and could not find,
 * 行方不明) at the social-affairs stage (由社政單位續處), with the 10-day visit running. A further category on
 * an open case owes its own agency's screening (始通知社政單位續處), which starts in the same case; a
 * transmission line joining a case not yet with social affairs starts that stage in it.
 */
@Service
public class ReferralIntake {

  static final String VAR_REFERRAL_SOURCES = "referralSources";
  /** Referrals from other counties that reached this case: {@code SOURCE@COUNTY}, comma-separated. */
  static final String VAR_REFERRED_FROM = "referredFromCounties";
  private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

  private final ReferralCheck check;
  private final ActiveCareReferrals referrals;
  private final CaseNumbers numbers;
  private final RuntimeService runtime;
  private final EngineAsSystem system;
  private final ReferralIdentities identities;

  ReferralIntake(ReferralCheck check, ActiveCareReferrals referrals, CaseNumbers numbers, RuntimeService runtime,
      EngineAsSystem system, ReferralIdentities identities) {
    this.identities = identities;
    this.check = check;
    this.referrals = referrals;
    this.numbers = numbers;
    this.runtime = runtime;
    this.system = system;
  }

  /** Who refers: a county user may refer only children registered in its counties. */
  public record Referrer(String userId, List<String> counties, boolean administrator) {
  }

  /** Where a referral enters the flowchart. */
  public enum Entry {
    /** a single referral: its agency's own screening first */
    REFERRAL,
    /** a line of a scheduled transmission: already screened, to social affairs (由社政單位續處) */
    TRANSMISSION
  }

  /**
   * What became of a referral. {@code caseId} and {@code processInstanceId} are null when the referrer
   * may not know them: the referral reached another county's open case ({@code forwarded}), or waits for
   * a person of that case's county to say whether it is the same child (outcome IDENTITY_CHECK).
   */
  public record Result(String caseId, String processInstanceId, Outcome outcome, boolean forwarded) {

    Result(String caseId, String processInstanceId, Outcome outcome) {
      this(caseId, processInstanceId, outcome, false);
    }

    public boolean duplicate() {
      return outcome == Outcome.DUPLICATE;
    }

    /** The same answer without naming the case: for a referrer of another county. */
    Result hidden() {
      return new Result(null, null, outcome, true);
    }
  }

  /** Another referral of the same child opened its case in the same moment: try again to join it. */
  static class RaceLost extends RuntimeException {
    RaceLost() {
      super("another referral of the same child opened a case at the same moment");
    }
  }

  @Transactional
  public Result receive(ReferralRequest request, Referrer referrer) {
    return receive(request, referrer, Entry.REFERRAL);
  }

  @Transactional
  public Result receive(ReferralRequest request, Referrer referrer, Entry entry) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate today = LocalDate.ofInstant(now, Deadlines.TAIWAN);
    ValidReferral referral = admissible(request, referrer, today);
    return system.call(() -> {
      Optional<String> latest = referrals.latestCaseOf(referral.childNationalId());
      Optional<ProcessInstance> open = latest.flatMap(this::openCase);
      if (open.isEmpty()) {
        return open(referral, entry, now, referrer.userId(), latest, true, today);
      }
      ProcessInstance instance = open.get();
      boolean visible = referrer.administrator() || referrer.counties().contains(instance.getTenantId());
      Result result = identities.sameChild(instance, referral)
          ? join(instance, referral, entry, now, referrer.userId())
          : identities.check(instance, referral, request, entry, now, referrer.userId());
      return visible && result.outcome() != Outcome.IDENTITY_CHECK ? result : result.hidden();
    });
  }

  /**
   * The checks {@link #receive} makes before it writes anything, outside any transaction: a background job
   * judges a line with them first, so a refused line never marks the job's transaction for rollback.
   *
   * @throws tw.childprotection.flow.validation.InvalidInputException naming each wrong field
   * @throws ForbiddenException for a child registered outside the referrer's counties
   */
  ValidReferral admissible(ReferralRequest request, Referrer referrer, LocalDate today) {
    ValidReferral referral = check.check(request, today);
    if (!referrer.administrator() && !referrer.counties().contains(referral.county().code())) {
      throw new ForbiddenException("a user of " + referrer.counties() + " may not refer a child registered in "
          + referral.county().code());
    }
    return referral;
  }

  /**
   * A referral held for a person of the open case's county (referralIdentityCheck.bpmn), decided: the same
   * child joins its case (or opens one, if that case has closed meanwhile); a different child with the same
   * identity number gets a case of its own, and the number keeps naming the first child's case.
   */
  Result reconciled(ReferralRequest request, Entry entry, Instant receivedAt, String userId, boolean sameChild) {
    LocalDate received = LocalDate.ofInstant(receivedAt, Deadlines.TAIWAN);
    ValidReferral referral = check.check(request, received);
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.TAIWAN);
    Optional<String> latest = referrals.latestCaseOf(referral.childNationalId());
    if (!sameChild) {
      return open(referral, entry, receivedAt, userId, latest, false, today);
    }
    Optional<ProcessInstance> open = latest.flatMap(this::openCase);
    return open.isPresent() ? join(open.get(), referral, entry, receivedAt, userId)
        : open(referral, entry, receivedAt, userId, latest, true, today);
  }

  /**
   * Opens a case and, if {@code claim}, names it the child's case (as {@code latest} still is); a different
   * child found to share the number of a child with an open case claims nothing.
   */
  private Result open(ValidReferral referral, Entry entry, Instant now, String userId, Optional<String> latest,
      boolean claim, LocalDate today) {
    String caseId = numbers.next(CaseKind.ACTIVE_CARE, referral.county(), today).toString();
    if (claim && !referrals.claim(referral.childNationalId(), latest, caseId)) {
      throw new RaceLost();
    }
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, caseId,
        variables(referral, entry, now, userId));
    referrals.record(caseId, referral.source(), referral.childNationalId(), Outcome.NEW_CASE, now, userId);
    return new Result(caseId, instance.getId(), Outcome.NEW_CASE);
  }

  private Result join(ProcessInstance instance, ValidReferral referral, Entry entry, Instant now, String userId) {
    String caseId = instance.getBusinessKey();
    List<String> sources = new ArrayList<>(referrals.sourcesOf(caseId));
    boolean sameSource = sources.contains(referral.source().name());
    boolean withSocialAffairs = runtime.getVariable(instance.getId(), VAR_SOCIAL_NOTIFIED_AT) != null;
    Outcome outcome;
    if (entry == Entry.TRANSMISSION && !withSocialAffairs) {
      // the sending agency screened the child already and could not find it: social affairs takes it up now
      startBefore(instance, TO_SOCIAL_AFFAIRS);
      outcome = Outcome.TAKEN_UP;
    } else if (sameSource) {
      outcome = Outcome.DUPLICATE;
    } else {
      outcome = Outcome.ADDED_SOURCE;
      if (entry == Entry.REFERRAL) {
        // a further category owes its own agency's screening; it ends with social affairs at most once
        startBefore(instance, referral.source().screeningStartsAt());
      }
    }
    referrals.record(caseId, referral.source(), referral.childNationalId(), outcome, now, userId);
    if (!referral.county().code().equals(instance.getTenantId())) {
      // the receiving county sees where the referral came from; the referrer never sees this case
      Object before = runtime.getVariable(instance.getId(), VAR_REFERRED_FROM);
      String from = referral.source().name() + "@" + referral.county().code();
      runtime.setVariable(instance.getId(), VAR_REFERRED_FROM, before == null ? from : before + "," + from);
    }
    if (!sameSource) {
      // the social worker sees every reason the child was referred for, on the same case
      sources.add(referral.source().name());
      runtime.setVariable(instance.getId(), VAR_REFERRAL_SOURCES, String.join(",", sources));
    }
    return new Result(caseId, instance.getId(), outcome);
  }

  private void startBefore(ProcessInstance instance, String activityId) {
    runtime.createProcessInstanceModification(instance.getId()).startBeforeActivity(activityId).execute();
  }

  private Optional<ProcessInstance> openCase(String caseId) {
    return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult());
  }

  /**
   * The variables a case of this referral starts with: what {@link #receive} starts the process with,
   * and what scenario tests start their cases with, so the two cannot drift. The referral is checked as
   * the API checks it, but for the age its source serves (the DMN table's, {@code ReferralEligibility}).
   */
  public static Map<String, Object> caseVariables(ReferralRequest request, Instant receivedAt, String referredBy) {
    ValidReferral referral = ReferralCheck.fields(request, LocalDate.ofInstant(receivedAt, Deadlines.TAIWAN),
        PLAIN_JSON);
    return variables(referral, Entry.REFERRAL, receivedAt, referredBy);
  }

  private static Map<String, Object> variables(ValidReferral referral, Entry entry, Instant now, String userId) {
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_ENTERS_AT, entry == Entry.TRANSMISSION ? VAR_ENTERS_AT_SOCIAL_AFFAIRS : VAR_ENTERS_AT_SCREENING);
    v.putAll(referral.alreadyDone());
    v.put(CaseVariables.COUNTY, referral.county().code());
    v.put(VAR_SOURCE, referral.source().name());
    v.put(VAR_REFERRAL_SOURCES, referral.source().name());
    v.put("referralReceivedAt", Date.from(now));
    v.put("referredByUser", userId);
    new CaseVariables.Child(referral.childNationalId(), referral.childName(), referral.childBirthDate().toString(),
        referral.childSex().name()).into(v);
    v.put(VAR_REGISTERED_ADDRESS, referral.registeredAddress());
    v.put("guardians", referral.guardiansJson());
    v.put("referralDetails", referral.detailsJson());
    return v;
  }
}
