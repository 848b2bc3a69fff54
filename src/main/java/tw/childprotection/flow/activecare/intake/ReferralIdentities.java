package tw.childprotection.flow.activecare.intake;

import static tw.childprotection.flow.activecare.ActiveCareCase.IDENTITY_CHECK_KEY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.activecare.intake.ActiveCareReferrals.Outcome;
import tw.childprotection.flow.cases.CaseVariables;

/**
 * No referral lands on the wrong child: a referral whose identity number is that of a child with an open
 * case, but whose name or birth date differ, is not merged. It is held in referralIdentityCheck.bpmn, a task
 * for the social workers of the open case's county, who compare the two and decide (same child: it joins
 * the case; another child: it gets a case of its own). The referral travels as bytes (no length limit),
 * never in a business key.
 */
@Component
class ReferralIdentities {

  static final String VAR_REQUEST = "heldReferral";
  static final String VAR_ENTRY = "heldReferralEntry";
  static final String VAR_RECEIVED_AT = "heldReferralReceivedAt";
  static final String VAR_REFERRED_BY = "heldReferralBy";

  private final RuntimeService runtime;
  private final ActiveCareReferrals referrals;
  private final ObjectMapper json = new ObjectMapper();

  ReferralIdentities(RuntimeService runtime, ActiveCareReferrals referrals) {
    this.runtime = runtime;
    this.referrals = referrals;
  }

  /** Whether the referral's child is the open case's by name and birth date (unknown ones do not differ). */
  boolean sameChild(ProcessInstance instance, ValidReferral referral) {
    Map<String, Object> known = runtime.getVariables(instance.getId(), CaseVariables.CHILD);
    CaseVariables.Child child = CaseVariables.Child.of(known);
    return agrees(child.name(), referral.childName()) && agrees(child.birthDate(),
        referral.childBirthDate().toString());
  }

  /** Holds the referral for a person of the open case's county; the answer names no case. */
  ReferralIntake.Result check(ProcessInstance instance, ValidReferral referral, ReferralRequest request,
      ReferralIntake.Entry entry, Instant now, String userId) {
    String caseId = instance.getBusinessKey();
    Map<String, Object> known = runtime.getVariables(instance.getId(), CaseVariables.CHILD);
    Map<String, Object> v = new HashMap<>();
    v.put(CaseVariables.COUNTY, instance.getTenantId());
    v.put("caseId", caseId);
    v.put("existingChildName", known.get(CaseVariables.CHILD_NAME));
    v.put("existingChildBirthDate", known.get(CaseVariables.CHILD_BIRTH_DATE));
    v.put("referredChildName", referral.childName());
    v.put("referredChildBirthDate", referral.childBirthDate().toString());
    v.put("referredSource", referral.source().name());
    v.put("referredFromCounty", referral.county().code());
    v.put(VAR_REQUEST, Variables.byteArrayValue(write(request)));
    v.put(VAR_ENTRY, entry.name());
    v.put(VAR_RECEIVED_AT, Date.from(now));
    v.put(VAR_REFERRED_BY, userId);
    runtime.startProcessInstanceByKey(IDENTITY_CHECK_KEY, "IDC-" + UUID.randomUUID(), v);
    referrals.record(caseId, referral.source(), referral.childNationalId(), Outcome.IDENTITY_CHECK, now, userId);
    return new ReferralIntake.Result(caseId, instance.getId(), Outcome.IDENTITY_CHECK);
  }

  /** The referral a check holds, as it arrived. */
  Held held(DelegateExecution execution) {
    byte[] bytes = (byte[]) execution.getVariable(VAR_REQUEST);
    try {
      return new Held(json.readValue(bytes, ReferralRequest.class),
          ReferralIntake.Entry.valueOf((String) execution.getVariable(VAR_ENTRY)),
          ((Date) execution.getVariable(VAR_RECEIVED_AT)).toInstant(), (String) execution.getVariable(VAR_REFERRED_BY));
    } catch (IOException e) {
      throw new UncheckedIOException("the held referral is unreadable", e);
    }
  }

  record Held(ReferralRequest request, ReferralIntake.Entry entry, Instant receivedAt, String referredBy) {

    @Override
    public String toString() {
      return "Held[entry=" + entry + "]";
    }
  }

  private byte[] write(ReferralRequest request) {
    try {
      return json.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checked referral could not be written as JSON");
    }
  }

  private static boolean agrees(String known, String referred) {
    return known == null || referred == null || Objects.equals(known.trim(), referred.trim());
  }

  static List<String> heldVariables() {
    return List.of(VAR_REQUEST, VAR_ENTRY, VAR_RECEIVED_AT, VAR_REFERRED_BY);
  }
}
