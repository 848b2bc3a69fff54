package tw.childprotection.flow.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "4 working days" (辦法 第4條, 上班日四日內) on the shipped government office calendar 2025–2027,
 * across real long weekends, Lunar New Year and a make-up workday.
 */
class WorkingDayCalendarTest {

  final WorkingDayCalendar shipped = load("classpath:calendar/*.csv");

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theShippedCalendarCoversTheYears2025To2027() {
    assertThat(shipped.coveredYears()).contains(2025, 2026, 2027);
  }

  @Test
  void fourWorkingDaysFromAFridayBeforeTheMidAutumnLongWeekend2025() {
    // Fri 3 Oct; Sat 4 – Mon 6 off (中秋節), Tue 7, Wed 8, Thu 9, Fri 10 off (國慶日), Mon 13
    assertThat(shipped.plusWorkingDays(LocalDate.of(2025, 10, 3), 4)).isEqualTo(LocalDate.of(2025, 10, 13));
  }

  @Test
  void fourWorkingDaysAcrossLunarNewYear2026() {
    // Fri 13 Feb; 14 – 22 Feb off (9 days); Mon 23, Tue 24, Wed 25, Thu 26
    assertThat(shipped.plusWorkingDays(LocalDate.of(2026, 2, 13), 4)).isEqualTo(LocalDate.of(2026, 2, 26));
  }

  @Test
  void fourWorkingDaysAcrossLunarNewYear2027() {
    // Wed 3 Feb; Thu 4 – Wed 10 Feb off (除夕前一日 to 春節補假); Thu 11, Fri 12, Mon 15, Tue 16
    assertThat(shipped.plusWorkingDays(LocalDate.of(2027, 2, 3), 4)).isEqualTo(LocalDate.of(2027, 2, 16));
  }

  @Test
  void aMakeUpWorkdayCountsAsAWorkingDay() {
    // Thu 6 Feb 2025; Fri 7, Sat 8 (補行上班), Mon 10, Tue 11
    assertThat(shipped.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
    assertThat(shipped.plusWorkingDays(LocalDate.of(2025, 2, 6), 4)).isEqualTo(LocalDate.of(2025, 2, 11));
  }

  @Test
  void theDeadlineEndsAtTheEndOfTheLastWorkingDayInTaiwanTime() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-02-13T16:00:00+08:00").toInstant()));
    Date due = new Deadlines(shipped).workingDays(4);
    assertThat(due.toInstant()).isEqualTo(OffsetDateTime.parse("2026-02-26T23:59:59+08:00").toInstant());
  }

  @Test
  void anOperatorAddsATyphoonClosureWithoutARebuild(@TempDir Path folder) throws Exception {
    Files.copy(Path.of("src/main/resources/calendar/2026.csv"), folder.resolve("2026.csv"));
    Files.writeString(folder.resolve("zz-closures.csv"),
        "西元日期,星期,是否放假,備註\r\n20261023,五,2,颱風停班\r\n", StandardCharsets.UTF_8);
    WorkingDayCalendar withTyphoon = load("file:" + folder + "/*.csv");

    // Tue 20 Oct 2026: Wed 21, Thu 22, (Fri 23 typhoon), Tue 27 after Mon 26 光復節補假 ...
    assertThat(shipped.plusWorkingDays(LocalDate.of(2026, 10, 20), 3)).isEqualTo(LocalDate.of(2026, 10, 23));
    assertThat(withTyphoon.plusWorkingDays(LocalDate.of(2026, 10, 20), 3)).isEqualTo(LocalDate.of(2026, 10, 27));
  }

  @Test
  void anOfficialBig5FileIsReadToo(@TempDir Path folder) throws Exception {
    Files.write(folder.resolve("2024.csv"),
        "西元日期,星期,是否放假,備註\r\n20240208,四,2,小年夜調整放假\r\n20240217,六,0,補行上班\r\n"
            .getBytes(Charset.forName("Big5")));
    WorkingDayCalendar big5 = load("file:" + folder + "/*.csv");

    assertThat(big5.isWorkingDay(LocalDate.of(2024, 2, 8))).isFalse();
    assertThat(big5.isWorkingDay(LocalDate.of(2024, 2, 17))).isTrue();
  }

  @Test
  void aBadRowStopsStartUpNamingFileAndLine(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("2026.csv"), "西元日期,星期,是否放假,備註\r\n20260101,四,2,開國紀念日\r\n20260102,五,X,\r\n");

    assertThatThrownBy(() -> load("file:" + folder + "/*.csv"))
        .hasMessageContaining("2026.csv line 3").hasMessageContaining("是否放假");
  }

  @Test
  void aYearWithoutDataCountsMondayToFriday() {
    assertThat(shipped.isWorkingDay(LocalDate.of(2030, 1, 4))).isTrue(); // a Friday
    assertThat(shipped.isWorkingDay(LocalDate.of(2030, 1, 5))).isFalse(); // a Saturday
  }

  private static WorkingDayCalendar load(String location) {
    try {
      return new CalendarConfig().workingDayCalendar(location);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
