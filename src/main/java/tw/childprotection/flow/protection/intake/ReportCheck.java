package tw.childprotection.flow.protection.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import tw.childprotection.flow.cases.ChildSex;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest.Child;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest.Location;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest.Reporter;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.TextRules;

/**
 * The content 辦法 第2條 requires of a report — the reason, the items of Act Art. 53(1) concerned and the
 * child's basic data — plus what the handling needs (when the reporter knew, where the child is).
 * Every problem is collected before anything is written.
 */
final class ReportCheck {

  static final int MAX_REASON = TextRules.REASON;
  static final int MAX_NAME = TextRules.NAME;
  static final int ADULT_AGE = 18;

  private ReportCheck() {
  }

  static ValidReport check(ProtectionReportRequest request, Instant now, LocalDate today) {
    InputCheck check = new InputCheck();
    if (request == null) {
      check.required("body", null);
      check.throwIfInvalid();
    }
    Reporter reporter = request.reporter() == null ? new Reporter(null, null, null, null) : request.reporter();
    Optional<ReporterType> type = check.oneOf("reporter.type", reporter.type(), ReporterType.class);
    Optional<ReporterProfession> profession = Optional.empty();
    if (type.filter(t -> t == ReporterType.MANDATED).isPresent() || reporter.profession() != null) {
      profession = check.oneOf("reporter.profession", reporter.profession(), ReporterProfession.class);
    }

    check.text("reporter.name", reporter.name(), TextRules.NAME, false);
    check.text("reporter.agency", reporter.agency(), TextRules.AGENCY, false);

    Optional<OffsetDateTime> knownAt = check.dateTime("knownAt", request.knownAt());
    knownAt.filter(t -> t.toInstant().isAfter(now.plusSeconds(300))).ifPresent(t ->
        check.add("knownAt", "DATE_IN_FUTURE", "must not be later than now", "不得晚於現在"));

    List<Integer> items = request.article53Items() == null ? List.of() : request.article53Items();
    if (items.isEmpty()) {
      check.add("article53Items", "REQUIRED",
          "name at least one item of Art. 53(1) of the Child and Youth Welfare Act (1–6)",
          "請至少勾選一款兒童及少年福利與權益保障法第53條第1項之情形（第1至6款）");
    } else if (items.stream().anyMatch(i -> i == null || i < 1 || i > 6)) {
      check.add("article53Items", "NOT_ALLOWED", "items of Art. 53(1) are numbered 1 to 6",
          "第53條第1項之款次為第1至6款");
    }

    check.requiredText("reason", request.reason(), MAX_REASON, true);

    Child child = request.child() == null ? new Child(null, null, null, null) : request.child();
    check.requiredText("child.name", child.name(), MAX_NAME, false);
    if (child.nationalId() != null) {
      check.nationalId("child.nationalId", child.nationalId());
    }
    Optional<LocalDate> birthDate = Optional.empty();
    if (child.birthDate() != null) {
      birthDate = check.pastDate("child.birthDate", child.birthDate(), today);
      birthDate.filter(b -> Period.between(b, today).getYears() >= ADULT_AGE).ifPresent(b ->
          check.add("child.birthDate", "NOT_A_CHILD",
              "the child is 18 or older; this regulation protects children and youth under 18",
              "已滿18歲，非兒童及少年保護通報之對象"));
    }
    ChildSex sex = child.sex() == null ? ChildSex.UNKNOWN
        : check.oneOf("child.sex", child.sex(), ChildSex.class).orElse(ChildSex.UNKNOWN);

    Location location = request.location() == null ? new Location(null, null) : request.location();
    Optional<County> locationCounty = check.county("location.county", location.county());
    check.text("location.address", location.address(), TextRules.ADDRESS, false);
    Optional<County> residence = request.residenceCounty() == null ? Optional.empty()
        : check.county("residenceCounty", request.residenceCounty());
    Optional<County> receiving = request.receivingCounty() == null ? locationCounty
        : check.county("receivingCounty", request.receivingCounty());

    check.throwIfInvalid();
    return new ValidReport(type.orElseThrow(), profession, reporter.name(), reporter.agency(),
        knownAt.orElseThrow().toInstant(), Boolean.TRUE.equals(request.urgent()),
        Boolean.TRUE.equals(request.verbalFirst()), List.copyOf(items), request.reason(),
        child.nationalId(), child.name(), birthDate, sex, locationCounty.orElseThrow(), location.address(),
        residence, receiving.orElseThrow(), Boolean.TRUE.equals(request.movingOrWhereaboutsUnknown()));
  }
}
