package tw.childprotection.flow.activecare.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.ChildSex;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.TextRules;

/**
 * Checks a referral in full before anything is written (CONTRACT §3): every problem is reported at
 * once, by field, in English and Traditional Chinese; a child older than its source serves is refused
 * with the rule that refuses it.
 */
@Component
record ReferralCheck(ReferralEligibility eligibility, ObjectMapper json) {

  private static final ReferralRequest.Child NO_CHILD = new ReferralRequest.Child(null, null, null, null);

  ValidReferral check(ReferralRequest request, LocalDate today) {
    return check(request, today, json, eligibility);
  }

  /**
   * Every field of a referral but the age its source serves, which is the DMN table's to decide:
   * what a scenario test builds its case from (the same checks, so fixture and API cannot drift).
   */
  static ValidReferral fields(ReferralRequest request, LocalDate today, ObjectMapper json) {
    return check(request, today, json, null);
  }

  private static ValidReferral check(ReferralRequest request, LocalDate today, ObjectMapper json,
      ReferralEligibility eligibility) {
    InputCheck check = new InputCheck();
    ReferralRequest r = request == null ? new ReferralRequest(null, null, null, null, null, null) : request;
    Optional<ReferralSource> source = check.oneOf("source", r.source(), ReferralSource.class);
    ReferralRequest.Child child = r.child() == null ? NO_CHILD : r.child();
    check.nationalId("child.nationalId", child.nationalId());
    check.requiredText("child.name", child.name(), TextRules.NAME, false);
    Optional<LocalDate> birthDate = check.pastDate("child.birthDate", child.birthDate(), today);
    ChildSex sex = child.sex() == null ? ChildSex.UNKNOWN
        : check.oneOf("child.sex", child.sex(), ChildSex.class).orElse(ChildSex.UNKNOWN);
    Optional<County> county = check.county("registeredCounty", r.registeredCounty());
    check.text("registeredAddress", r.registeredAddress(), TextRules.ADDRESS, false);
    List<ReferralRequest.Guardian> guardians = guardians(r.guardians(), check);
    String details = json(json, r.details() == null ? Map.of() : r.details());
    if (details.length() > TextRules.DETAILS_JSON) {
      check.add("details", "TOO_LONG", "at most " + TextRules.DETAILS_JSON + " characters written as JSON",
          "以 JSON 表示最多 " + TextRules.DETAILS_JSON + " 字");
    } else if (!cleanText(r.details())) {
      check.add("details", "INVALID_CHARACTERS", "must not contain control characters (such as NUL) or broken Unicode",
          "不得包含控制字元（如 NUL）或毀損的 Unicode 字元");
    }
    if (eligibility != null && source.isPresent() && birthDate.isPresent()) {
      servedAge(eligibility, source.get(), birthDate.get(), today, check);
    }
    check.throwIfInvalid();
    return new ValidReferral(source.orElseThrow(), child.nationalId(), child.name().trim(), birthDate.orElseThrow(),
        sex, county.orElseThrow(), blankToNull(r.registeredAddress()), json(json, guardians), details,
        doneBy(r.details(), "platformMatchedBy"), doneBy(r.details(), "districtLetterSentBy"));
  }

  private static void servedAge(ReferralEligibility eligibility, ReferralSource source, LocalDate birthDate,
      LocalDate today, InputCheck check) {
    int age = Period.between(birthDate, today).getYears();
    ReferralEligibility.Decision decision = eligibility.decide(source, age);
    if (!decision.eligible()) {
      check.add("child.birthDate", "AGE_NOT_SERVED",
          "the child is " + age + "; " + source + " serves children under six (overdue vaccination: under seven)",
          "兒童現年 " + age + " 歲，不在服務年齡內（" + decision.basis() + "）");
    }
  }

  private static List<ReferralRequest.Guardian> guardians(List<ReferralRequest.Guardian> given, InputCheck check) {
    if (given == null) {
      return List.of();
    }
    List<ReferralRequest.Guardian> guardians = new ArrayList<>();
    if (given.size() > TextRules.GUARDIANS) {
      check.add("guardians", "TOO_MANY", "at most " + TextRules.GUARDIANS + " guardians",
          "法定代理人或照顧者最多 " + TextRules.GUARDIANS + " 人");
      return List.of();
    }
    for (int i = 0; i < given.size(); i++) {
      ReferralRequest.Guardian guardian = given.get(i);
      String field = "guardians[" + i + "]";
      if (guardian == null) {
        check.required(field, null);
        continue;
      }
      if (guardian.nationalId() != null) {
        check.nationalId(field + ".nationalId", guardian.nationalId());
      }
      check.oneOf(field + ".relation", guardian.relation(), GuardianRelation.class);
      check.text(field + ".name", guardian.name(), TextRules.NAME, false);
      check.text(field + ".phone", guardian.phone(), TextRules.PHONE, false);
      guardians.add(guardian);
    }
    return List.copyOf(guardians);
  }

  /** Every key and text value of {@code details}, however deep, free of control characters and broken Unicode. */
  private static boolean cleanText(Object value) {
    if (value instanceof String text) {
      return TextRules.clean(text, true);
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().allMatch(e -> cleanText(e.getKey()) && cleanText(e.getValue()));
    }
    if (value instanceof List<?> list) {
      return list.stream().allMatch(ReferralCheck::cleanText);
    }
    return true;
  }

  /** The guardians and details as the case keeps them: JSON text. */
  private static String json(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // the body was parsed from JSON a moment ago, so it can be written back; never quote it
      throw new IllegalStateException("referral data could not be written as JSON", e);
    }
  }

  /** Which unit already did a step of the social-affairs stage (註4-1), as the details name it; else null. */
  private static String doneBy(Map<String, Object> details, String key) {
    Object unit = details == null ? null : details.get(key);
    return unit == null ? null : blankToNull(unit.toString());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
