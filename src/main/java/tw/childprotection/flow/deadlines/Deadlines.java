package tw.childprotection.flow.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadline arithmetic for diagrams, so timer expressions read like the law:
 * {@code ${deadlines.hours(24)}}, {@code ${deadlines.workingDays(4)}},
 * {@code ${deadlines.hoursAfter(placedAt, 72)}}, {@code ${deadlines.daysBefore(termEndsAt, 15)}}.
 * "Now" is the engine clock, so time-travel tests move it.
 *
 * <p>Hours are exact. Days, months, years and working days end at 23:59:59 of the last day in Taiwan
 * time (a letter received on the 1st with 7 days is due by the end of the 8th). See docs/deadlines.md.
 */
@Component("deadlines")
public class Deadlines {

  public static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingDayCalendar calendar;

  public Deadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public Date hours(long hours) {
    return hoursAfter(now(), hours);
  }

  public Date hoursAfter(Object start, long hours) {
    return Date.from(instant(start).plusSeconds(hours * 3600));
  }

  public Date days(long days) {
    return daysAfter(now(), days);
  }

  public Date daysAfter(Object start, long days) {
    return endOf(taiwanDate(start).plusDays(days));
  }

  public Date months(long months) {
    return monthsAfter(now(), months);
  }

  public Date monthsAfter(Object start, long months) {
    return endOf(taiwanDate(start).plusMonths(months));
  }

  public Date years(long years) {
    return yearsAfter(now(), years);
  }

  public Date yearsAfter(Object start, long years) {
    return endOf(taiwanDate(start).plusYears(years));
  }

  /** End of the n-th working day after today (上班日), on the government office calendar. */
  public Date workingDays(int workingDays) {
    return workingDaysAfter(now(), workingDays);
  }

  public Date workingDaysAfter(Object start, int workingDays) {
    return endOf(calendar.plusWorkingDays(taiwanDate(start), workingDays));
  }

  /** "At least n days before the term ends": the latest moment that is still n full days before it. */
  public Date daysBefore(Object end, long days) {
    return Date.from(instant(end).minusSeconds(days * 86_400));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(TAIWAN).toInstant());
  }

  private static LocalDate taiwanDate(Object value) {
    return instant(value).atZone(TAIWAN).toLocalDate();
  }

  /** Accepts what a process variable may hold: Date, java.time values, or an ISO-8601 string. */
  static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    if (value instanceof LocalDate day) {
      return day.atStartOfDay(TAIWAN).toInstant();
    }
    if (value instanceof String text) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notADateTime) {
        try {
          return LocalDate.parse(text).atStartOfDay(TAIWAN).toInstant();
        } catch (DateTimeParseException notADate) {
          throw new IllegalArgumentException("Not an ISO-8601 date or date-time: '" + text + "'");
        }
      }
    }
    throw new IllegalArgumentException("A deadline needs a date or time, not "
        + (value == null ? "nothing" : value.getClass().getSimpleName()));
  }
}
