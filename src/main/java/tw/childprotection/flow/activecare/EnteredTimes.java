package tw.childprotection.flow.activecare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import tw.childprotection.flow.deadlines.Deadlines;

/**
 * A moment a person entered on a form (a visit, a find): Camunda Forms send a date-time with or without
 * its offset, or a date alone; without an offset it is Taiwan time. Empty when nothing was entered.
 */
final class EnteredTimes {

  private EnteredTimes() {
  }

  /** @throws DateTimeParseException when the value is not a date or date-time */
  static Optional<Instant> of(Object value) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    String text = value.toString().trim();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      if (text.contains("T")) {
        return Optional.of(LocalDateTime.parse(text).atZone(Deadlines.TAIWAN).toInstant());
      }
      return Optional.of(LocalDate.parse(text).atStartOfDay(Deadlines.TAIWAN).toInstant());
    }
  }
}
