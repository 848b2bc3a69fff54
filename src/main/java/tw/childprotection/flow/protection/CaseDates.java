package tw.childprotection.flow.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.validation.InputCheck;

/**
 * The one rule for a moment a person enters on a protection case (a visit, a placement, sent to
 * hospital, a petition filed): it happened, so it is not in the future, and it happened in this case,
 * so not before the report — the moment the reporter came to know (知悉), the earliest the case can
 * know of. A date without a time is judged by its day in Taiwan.
 */
final class CaseDates {

  private CaseDates() {
  }

  /** The moment, or empty with the reason added to {@code check}; {@code notBefore} may be null. */
  static Optional<Instant> past(InputCheck check, String field, Object value, Instant notBefore, Instant now) {
    if (!check.required(field, value)) {
      return Optional.empty();
    }
    Optional<Instant> moment = moment(value);
    if (moment.isEmpty()) {
      check.add(field, "INVALID_DATETIME", "must be a date (YYYY-MM-DD) or a date and time with offset,"
          + " e.g. 2026-11-20T09:30:00+08:00", "須為日期（YYYY-MM-DD）或含時區的日期時間，例：2026-11-20T09:30:00+08:00");
      return Optional.empty();
    }
    boolean dateOnly = value instanceof String text && text.length() == 10;
    Instant latest = dateOnly ? endOfDay(now) : now;
    if (moment.get().isAfter(latest)) {
      check.add(field, "IN_FUTURE", "cannot lie in the future", "不得晚於現在");
      return Optional.empty();
    }
    if (notBefore != null && (dateOnly ? endOfDay(moment.get()) : moment.get()).isBefore(notBefore)) {
      check.add(field, "BEFORE_REPORT", "cannot lie before the report (the moment the reporter knew)",
          "不得早於通報（通報人知悉之時）");
      return Optional.empty();
    }
    return moment;
  }

  static Optional<Instant> moment(Object value) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (value instanceof String text) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException notADateTime) {
        try {
          return Optional.of(LocalDate.parse(text).atStartOfDay(Deadlines.TAIWAN).toInstant());
        } catch (DateTimeParseException notADate) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Instant endOfDay(Instant instant) {
    return instant.atZone(Deadlines.TAIWAN).toLocalDate().plusDays(1).atStartOfDay(Deadlines.TAIWAN).toInstant()
        .minusSeconds(1);
  }
}
