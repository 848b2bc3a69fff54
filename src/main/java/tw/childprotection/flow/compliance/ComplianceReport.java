package tw.childprotection.flow.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineFigures;
import tw.childprotection.flow.deadlines.DeadlineFigures.Tally;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.people.County;

/**
 * 「法定期限」: how the deadlines of CONTRACT §5 are kept in the viewer's counties — per code, per county
 * for national viewers, the oldest overdue ones and compliance per month. Every figure is a count of
 * deadline registry rows ({@link DeadlineFigures}), the same rows {@code GET /api/v1/cases/{caseId}}
 * lists, of running and closed cases alike. "Now" is the engine clock, like the deadlines themselves.
 */
@Service
public class ComplianceReport {

  static final int OVERDUE_SHOWN = 20;
  static final int MONTHS_SHOWN = 12;

  private final DeadlineFigures figures;
  private final CaseRecords cases;

  ComplianceReport(DeadlineFigures figures, CaseRecords cases) {
    this.figures = figures;
    this.cases = cases;
  }

  public record Summary(List<String> counties, String from, String to, String generatedAt, Figures total,
      List<CodeFigures> codes, List<CountyFigures> byCounty, List<OverdueDeadline> overdue,
      List<MonthFigures> months) {
  }

  public record Figures(long pending, long dueWithin24h, long met, long breached, Double complianceRate) {

    static Figures of(Tally tally) {
      return new Figures(tally.pending(), tally.dueSoon(), tally.met(), tally.breached(), tally.complianceRate());
    }
  }

  public record CodeFigures(String code, String label, String basis, Figures figures) {
  }

  public record CountyFigures(String county, String name, Figures figures) {
  }

  public record OverdueDeadline(String caseId, String county, String code, String label, String basis,
      String dueAt, String status, long daysOverdue, boolean caseOpen, String processInstanceId) {
  }

  public record MonthFigures(String month, long met, long breached, Double complianceRate) {
  }

  /** The figures for these counties, outcomes decided between {@code from} and {@code to} (Taiwan dates, inclusive). */
  Summary summary(List<String> counties, LocalDate from, LocalDate to) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant soon = now.plus(Duration.ofHours(24));
    List<Tally> tallies = figures.tallies(counties, now, soon, start(from), start(to.plusDays(1)));

    Map<DeadlineCode, Tally> perCode = new LinkedHashMap<>();
    for (DeadlineCode code : DeadlineCode.values()) {
      perCode.put(code, new Tally(null, code, 0, 0, 0, 0));
    }
    Map<String, Tally> perCounty = new LinkedHashMap<>();
    for (String county : counties) {
      perCounty.put(county, new Tally(county, null, 0, 0, 0, 0));
    }
    Tally total = new Tally(null, null, 0, 0, 0, 0);
    for (Tally tally : tallies) {
      perCode.merge(tally.code(), tally, Tally::plus);
      perCounty.merge(tally.county(), tally, Tally::plus);
      total = total.plus(tally);
    }

    List<CodeFigures> codes = perCode.values().stream().map(t -> new CodeFigures(t.code().name(),
        t.code().label(), t.code().basis(), Figures.of(t))).toList();
    Map<String, String> names = Arrays.stream(County.values())
        .collect(Collectors.toMap(County::code, County::nameZh));
    List<CountyFigures> byCounty = counties.size() < 2 ? List.of() : perCounty.values().stream()
        .map(t -> new CountyFigures(t.county(), names.get(t.county()), Figures.of(t))).toList();
    return new Summary(counties, from.toString(), to.toString(), taiwan(now), Figures.of(total),
        codes, byCounty, overdue(counties, now), months(counties, to));
  }

  private List<OverdueDeadline> overdue(List<String> counties, Instant now) {
    List<DeadlineFigures.Overdue> rows = figures.overdue(counties, now, OVERDUE_SHOWN);
    Set<String> open = cases.openOf(rows.stream().map(DeadlineFigures.Overdue::caseId).toList());
    return rows.stream().map(d -> new OverdueDeadline(d.caseId(), d.county(), d.code().name(),
        d.code().label(), d.code().basis(), taiwan(d.dueAt()), d.status().name(),
        Duration.between(d.dueAt(), now).toDays(), open.contains(d.caseId()),
        d.instanceRunning() ? d.processInstanceId() : null)).toList();
  }

  private List<MonthFigures> months(List<String> counties, LocalDate to) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    YearMonth last = YearMonth.from(to);
    Function<YearMonth, MonthFigures> month = m -> {
      Tally sum = figures.tallies(counties, now, now, start(m.atDay(1)), start(m.plusMonths(1).atDay(1))).stream()
          .reduce(new Tally(null, null, 0, 0, 0, 0), Tally::plus);
      return new MonthFigures(m.toString(), sum.met(), sum.breached(), sum.complianceRate());
    };
    return IntStream.range(0, MONTHS_SHOWN)
        .mapToObj(i -> last.minusMonths(MONTHS_SHOWN - 1 - i)).map(month).toList();
  }

  static String taiwan(Instant instant) {
    return instant.atZone(Deadlines.TAIWAN).toOffsetDateTime().toString();
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(Deadlines.TAIWAN).toInstant();
  }
}
