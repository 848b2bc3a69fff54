package tw.childprotection.flow.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The government office calendar: which days the county authorities work (weekends, national
 * holidays, make-up workdays and any closures an operator added). "N working days" deadlines
 * (上班日) count on it.
 */
public class WorkingDayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final Map<LocalDate, Boolean> workingDays;
  private final Set<Integer> years;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  /** @param workingDays day → true for a working day, false for a day off */
  public WorkingDayCalendar(Map<LocalDate, Boolean> workingDays) {
    this.workingDays = Collections.unmodifiableMap(new TreeMap<>(workingDays));
    TreeSet<Integer> covered = new TreeSet<>();
    workingDays.keySet().forEach(day -> covered.add(day.getYear()));
    this.years = Collections.unmodifiableSet(covered);
  }

  public Set<Integer> coveredYears() {
    return years;
  }

  public boolean isWorkingDay(LocalDate day) {
    Boolean working = workingDays.get(day);
    if (working != null) {
      return working;
    }
    // A year nobody loaded yet: count Monday to Friday, which never makes a deadline later than the
    // official calendar would, and say so loudly once.
    if (warnedYears.add(day.getYear())) {
      LOG.warn("No government office calendar for {}; counting Monday-Friday only. Add the DGPA file "
          + "for {} to child-protection.calendar.location.", day.getYear(), day.getYear());
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /**
   * The n-th working day after {@code start}; the start day itself is never counted (a case accepted
   * on a Friday afternoon has its first working day on the next working day).
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("working days must be at least 1, was " + n);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
