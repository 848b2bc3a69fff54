package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;
import static tw.childprotection.flow.support.CaseScenario.at;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupHelper;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.childprotection.flow.cases.CaseEvents;
import tw.childprotection.flow.cases.CaseRetention;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Records retention (issue 15): a closed case's history and its own records go when its history's time to
 * live (childProtectionCase: P3650D, docs/operations.md) has run out since it closed — not a minute
 * before — while an open case keeps everything.
 */
@PlatformTest
class ClosedCaseRecordsRetentionTest extends ProtectionScenarioTest {

  static final int TTL_DAYS = 3650;

  @Autowired JdbcTemplate jdbc;
  @Autowired CaseRetention retention;
  @Autowired CaseEvents events;
  @Autowired @Qualifier("recordsRetentionDelegate") JavaDelegate retentionDelegate;

  @Test
  void everyTableOfOursKeyedByCaseIsInTheRetentionTable() {
    List<String> keyedByCase = jdbc.queryForList("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.COLUMNS"
        + " WHERE LOWER(COLUMN_NAME) = 'case_id' AND LOWER(TABLE_NAME) LIKE 'cpf\\_%' ESCAPE '\\'", String.class);
    assertThat(keyedByCase).isNotEmpty();
    assertThat(CaseRetention.CASE_TABLES).containsAll(keyedByCase.stream()
        .filter(table -> !table.equals("cpf_case_retention")).toList());
  }

  @Test
  void aClosedCasesHistoryAndRecordsGoWhenItsTimeToLiveHasRunOutAndAnOpenCaseKeepsEverything() throws Exception {
    String closed = start(Map.of());
    s.complete(closed, DISPATCH, "assignedUnits", "SOCIAL", "visitMode", "FACE_TO_FACE");
    s.complete(closed, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    at(RECEIVED.plusDays(2));
    s.complete(closed, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);
    s.assertThatCase(closed).isEnded();
    String open = start(Map.of());
    for (String caseId : List.of(closed, open)) {
      events.add(new CaseEvents.Event(caseId, RECEIVED.toInstant(), "上傳文件", "social.tpe", "訪視紀錄.pdf"));
    }

    Instant removal = RECEIVED.plusDays(2).toInstant().plus(TTL_DAYS, ChronoUnit.DAYS);
    assertThat(retention.removalTime(closed)).isEqualTo(removal);
    assertThat(retention.removalTime(open)).as("an open case has no end of retention").isNull();
    assertThat(deadlines(closed)).isPositive();

    // a minute before: nothing goes
    OffsetDateTime before = removal.minus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.ofHours(8));
    at(before);
    cleanUpHistory();
    assertThat(retention.removeDue(before.toInstant())).isZero();
    assertThat(history(closed)).isPositive();
    assertThat(deadlines(closed)).isPositive();

    // a minute after: the engine's cleanup takes the history, ours the records; the open case keeps all
    OffsetDateTime after = removal.plus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.ofHours(8));
    at(after);
    cleanUpHistory();
    assertThat(history(closed)).as("the closed case's history").isZero();
    assertThat(retention.removeDue(after.toInstant())).isEqualTo(1);
    assertThat(deadlines(closed)).isZero();
    assertThat(events.forCase(closed)).as("the closed case's events").isEmpty();
    assertThat(retention.removalTime(closed)).isNull();
    assertThat(history(open)).isPositive();
    assertThat(deadlines(open)).isPositive();
    assertThat(events.forCase(open)).hasSize(1);
  }

  @Test
  void theHourlyRunClearsOnlyInsideTheTaipeiOffHoursWindow() throws Exception {
    String closed = start(Map.of());
    s.complete(closed, DISPATCH, "assignedUnits", "SOCIAL", "visitMode", "FACE_TO_FACE");
    s.complete(closed, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    s.complete(closed, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);
    Instant removal = retention.removalTime(closed);
    OffsetDateTime day = removal.plus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.DAYS);

    at(day.withHour(14));
    retentionDelegate.execute(mock(DelegateExecution.class));
    assertThat(retention.removalTime(closed)).as("14:00 Taipei is office hours: nothing removed").isNotNull();

    at(day.withHour(2));
    retentionDelegate.execute(mock(DelegateExecution.class));
    assertThat(retention.removalTime(closed)).as("02:00 Taipei: removed").isNull();
    assertThat(deadlines(closed)).isZero();
  }

  @Test
  void theEnginesHistoryCleanupRunsOnlyInTaipeiOffHoursWhateverTheServersTimeZone() {
    // this suite's JVM runs in UTC (pom.xml), so the window below is read as a server outside Taiwan reads it
    assertThat(TimeZone.getDefault().getRawOffset()).isZero();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    OffsetDateTime day = OffsetDateTime.of(2026, 12, 7, 0, 0, 0, 0, ZoneOffset.ofHours(8));
    for (LocalTime time : List.of(LocalTime.of(0, 59), LocalTime.of(5, 0), LocalTime.of(9, 30), LocalTime.of(14, 0),
        LocalTime.of(23, 59))) {
      assertThat(HistoryCleanupHelper.isWithinBatchWindow(Date.from(day.with(time).toInstant()), configuration))
          .as("%s Taipei is outside 01:00-05:00", time).isFalse();
    }
    for (LocalTime time : List.of(LocalTime.of(1, 0), LocalTime.of(2, 30), LocalTime.of(4, 59))) {
      assertThat(HistoryCleanupHelper.isWithinBatchWindow(Date.from(day.with(time).toInstant()), configuration))
          .as("%s Taipei is inside 01:00-05:00", time).isTrue();
    }
    BatchWindow next = configuration.getBatchWindowManager()
        .getCurrentOrNextBatchWindow(Date.from(day.withHour(14).toInstant()), configuration);
    assertThat(next.getStart().toInstant()).isEqualTo(day.plusDays(1).withHour(1).toInstant());
    assertThat(next.getEnd().toInstant()).isEqualTo(day.plusDays(1).withHour(5).toInstant());
  }

  private void cleanUpHistory() {
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
  }

  private String start(Map<String, Object> overrides) {
    Map<String, Object> variables = ProtectionScenario.report(County.TPE, RECEIVED);
    variables.putAll(overrides);
    return s.start(variables);
  }

  private int deadlines(String caseId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cpf_case_deadline WHERE case_id = ?", Integer.class, caseId);
  }

  private long history(String caseId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .count();
  }
}
