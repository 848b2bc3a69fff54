package tw.childprotection.flow.activecare.transmissions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code child-protection.transmissions.schedules.<agency group>}: the calendar on which each agency
 * transmits the children it could not find (MOI and NHIA on the 10th and 25th, the CDC daily) and the
 * Taiwan time of day by which the transmission is due. Configuration, so an operator who agrees a new
 * calendar with an agency changes {@code application.yaml} or the environment, not the code.
 */
@ConfigurationProperties("child-protection.transmissions")
public record TransmissionSchedules(Map<String, Schedule> schedules) {

  public TransmissionSchedules {
    schedules = schedules == null ? Map.of() : new LinkedHashMap<>(schedules);
    schedules.forEach((agency, schedule) -> schedule.check(agency));
  }

  /**
   * @param name the agency's name as its follow-up task shows it
   * @param daysOfMonth the days of the month it transmits on; none: every day
   * @param dueBy the time of day (Taiwan) by which that day's transmission must have arrived
   */
  public record Schedule(String name, List<Integer> daysOfMonth, LocalTime dueBy) {

    public Schedule {
      daysOfMonth = daysOfMonth == null ? List.of() : List.copyOf(daysOfMonth);
    }

    public boolean dueOn(LocalDate day) {
      return daysOfMonth.isEmpty() || daysOfMonth.contains(day.getDayOfMonth());
    }

    void check(String agency) {
      String key = "child-protection.transmissions.schedules." + agency;
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(key + ".name is missing");
      }
      if (dueBy == null) {
        throw new IllegalStateException(key + ".due-by is missing (a time of day, e.g. 12:00)");
      }
      if (daysOfMonth.stream().anyMatch(d -> d == null || d < 1 || d > 31)) {
        throw new IllegalStateException(key + ".days-of-month must be days 1 to 31 (none: every day)");
      }
    }
  }
}
