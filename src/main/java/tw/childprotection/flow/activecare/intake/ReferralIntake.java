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
 * a repeat from the same source joins it and another source is added to it as a further reason; the
 * child never has two open active-care cases.
 */
@Service
public class ReferralIntake {

  static final String VAR_REFERRAL_SOURCES = "referralSources";
  private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

  private final ReferralCheck check;
  private final ActiveCareReferrals referrals;
  private final CaseNumbers numbers;
  private final RuntimeService runtime;
  private final EngineAsSystem system;

  ReferralIntake(ReferralCheck check, ActiveCareReferrals referrals, CaseNumbers numbers, RuntimeService runtime,
      EngineAsSystem system) {
    this.check = check;
    this.referrals = referrals;
    this.numbers = numbers;
    this.runtime = runtime;
    this.system = system;
  }

  /** Who refers: a county user may refer only children registered in its counties. */
  public record Referrer(String userId, List<String> counties, boolean administrator) {
  }

  public record Result(String caseId, String processInstanceId, Outcome outcome) {

    public boolean duplicate() {
      return outcome == Outcome.DUPLICATE;
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
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate today = LocalDate.ofInstant(now, Deadlines.TAIWAN);
    ValidReferral referral = check.check(request, today);
    if (!referrer.administrator() && !referrer.counties().contains(referral.county().code())) {
      throw new ForbiddenException("a user of " + referrer.counties() + " may not refer a child registered in "
          + referral.county().code());
    }
    return system.call(() -> {
      Optional<String> latest = referrals.latestCaseOf(referral.childNationalId());
      Optional<ProcessInstance> open = latest.flatMap(this::openCase);
      if (open.isPresent()) {
        return join(open.get(), referral, now, referrer.userId());
      }
      String caseId = numbers.next(CaseKind.ACTIVE_CARE, referral.county(), today).toString();
      if (!referrals.claim(referral.childNationalId(), latest, caseId)) {
        throw new RaceLost();
      }
      ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, caseId,
          variables(referral, now, referrer.userId()));
      referrals.record(caseId, referral.source(), referral.childNationalId(), Outcome.NEW_CASE, now,
          referrer.userId());
      return new Result(caseId, instance.getId(), Outcome.NEW_CASE);
    });
  }

  private Result join(ProcessInstance instance, ValidReferral referral, Instant now, String userId) {
    String caseId = instance.getBusinessKey();
    List<String> sources = new ArrayList<>(referrals.sourcesOf(caseId));
    boolean sameSource = sources.contains(referral.source().name());
    Outcome outcome = sameSource ? Outcome.DUPLICATE : Outcome.ADDED_SOURCE;
    referrals.record(caseId, referral.source(), referral.childNationalId(), outcome, now, userId);
    if (!sameSource) {
      // the social worker sees every reason the child was referred for, on the same case
      sources.add(referral.source().name());
      runtime.setVariable(instance.getId(), VAR_REFERRAL_SOURCES, String.join(",", sources));
    }
    return new Result(caseId, instance.getId(), outcome);
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
    return variables(referral, receivedAt, referredBy);
  }

  private static Map<String, Object> variables(ValidReferral referral, Instant now, String userId) {
    Map<String, Object> v = new HashMap<>();
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
