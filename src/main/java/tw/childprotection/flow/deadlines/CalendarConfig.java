package tw.childprotection.flow.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every calendar file at {@code child-protection.calendar.location}, in file-name order; a
 * later file overrides an earlier one day by day, so an operator adds a typhoon closure (停班) as a
 * small file in the same format (e.g. {@code zz-closures.csv}) next to the official ones.
 */
@Configuration
class CalendarConfig {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarConfig.class);

  @Bean
  WorkingDayCalendar workingDayCalendar(@Value("${child-protection.calendar.location}") String location)
      throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
    if (files.length == 0) {
      throw new IllegalStateException("No government office calendar found at " + location);
    }
    Arrays.sort(files, Comparator.comparing(Resource::getFilename));
    Map<LocalDate, Boolean> days = new HashMap<>();
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        days.putAll(GovernmentCalendarCsv.parse(in.readAllBytes(), file.getFilename()));
      }
    }
    WorkingDayCalendar calendar = new WorkingDayCalendar(days);
    LOG.info("Government office calendar loaded from {} file(s) at {}: years {}", files.length, location,
        calendar.coveredYears());
    return calendar;
  }
}
