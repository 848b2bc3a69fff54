package tw.childprotection.flow.activecare.transmissions;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.support.CaseScenario.at;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.TasklistScenarioTest;

/**
 * SPEC (Control Yuan, 2023): a transmission that never arrives, or arrives short, must not go unnoticed.
 * The calendar is configuration (application.yaml: MOI and NHIA on the 10th and 25th by 12:00, the CDC
 * daily by 09:00, Taiwan time); the watch runs every hour and alarms an agency whose transmission did not
 * arrive by its hour, once per due day; a short transmission alarms at once.
 * Run on H2 ({@code TransmissionWatchH2Test}) and PostgreSQL ({@code TransmissionWatchPostgresTest}).
 */
abstract class TransmissionWatchChecks extends TasklistScenarioTest {

  // Far from any other test's transmissions, a month apart per test: nothing was sent around these days
  // but what that test sends. Times are Taiwan time; the JVM runs in UTC.
  static final OffsetDateTime JUNE_3 = OffsetDateTime.parse("2031-06-03T15:00:00+08:00");
  static final AtomicInteger SERIAL = new AtomicInteger(78_901_000);

  @Autowired TransmissionSchedules schedules;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_ALARM_KEY).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done"));
  }

  @Test
  void theCalendarComesFromConfiguration() {
    assertThat(schedules.schedules()).containsOnlyKeys("moi-household", "nhia", "cdc");
    assertThat(schedules.schedules().get("nhia").daysOfMonth()).containsExactly(10, 25);
    assertThat(schedules.schedules().get("nhia").dueBy()).isEqualTo(LocalTime.NOON);
    assertThat(schedules.schedules().get("cdc").daysOfMonth()).as("daily").isEmpty();
    assertThat(schedules.schedules().get("cdc").dueBy()).isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void moiAndNhiaAreDueOnThe10thByNoonTaipeiTimeAndTheSilentOneIsAlarmedOnce() {
    at(OffsetDateTime.parse("2031-03-10T09:30:00+08:00"));
    assertThat(transmit("nhia", 1, 1).statusCode()).isEqualTo(200);

    at(OffsetDateTime.parse("2031-03-10T11:00:00+08:00"));
    fire();
    assertThat(alarmKeys()).as("an hour before noon nothing of the 10th is late yet")
        .doesNotContain("TX-moi-household-2031-03-10", "TX-nhia-2031-03-10");

    at(OffsetDateTime.parse("2031-03-10T12:00:00+08:00"));
    fire();
    assertThat(alarmKeys()).contains("TX-moi-household-2031-03-10").doesNotContain("TX-nhia-2031-03-10");
    assertThat(engine.getTaskService().getVariable(alarm("TX-moi-household-2031-03-10").getId(), "alarmReason"))
        .asString().contains("未收到").contains("2031-03-10").contains("12:00");

    at(OffsetDateTime.parse("2031-03-10T13:00:00+08:00"));
    fire();
    assertThat(alarmKeys()).as("the next hour's check does not alarm again")
        .filteredOn("TX-moi-household-2031-03-10"::equals).hasSize(1);
  }

  @Test
  void onAnOrdinaryDayOnlyTheCdcIsDueByNine() {
    at(OffsetDateTime.parse("2031-05-12T08:00:00+08:00"));
    fire();
    assertThat(alarmKeys()).doesNotContain("TX-cdc-2031-05-12");

    at(OffsetDateTime.parse("2031-05-12T09:00:00+08:00"));
    fire();

    assertThat(alarmKeys()).contains("TX-cdc-2031-05-12").noneMatch(key -> key.startsWith("TX-nhia-2031-05-12")
        || key.startsWith("TX-moi-household-2031-05-12"));
    assertThat(alarm("TX-cdc-2031-05-12").getTaskDefinitionKey()).isEqualTo("followUpCdcTransmission");
  }

  @Test
  void theCheckIsQuietWhenEveryAgencyDueSentInTime() {
    at(OffsetDateTime.parse("2031-04-10T08:00:00+08:00"));
    transmit("cdc", 1, 1);
    transmit("nhia", 1, 1);
    transmit("moi", 1, 1);

    at(OffsetDateTime.parse("2031-04-10T12:00:00+08:00"));
    fire();

    assertThat(alarmKeys()).doesNotContain("TX-cdc-2031-04-10", "TX-nhia-2031-04-10", "TX-moi-household-2031-04-10");
  }

  @Test
  void theWatchFiresOnTheHourTaipeiTime() {
    at(OffsetDateTime.parse("2031-07-10T11:20:00+08:00"));
    fire();

    Job next = engine.getManagementService().createJobQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_WATCH_KEY).timers()
        .singleResult();
    assertThat(next.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2031-07-10T12:00:00+08:00").toInstant());
  }

  @Test
  void aShortCdcTransmissionAlarmsAtOnceAndTheCdcFollowsItUpInTasklist() {
    at(JUNE_3);
    HttpResponse<String> response = transmit("cdc", 3, 2);
    assertThat(response.body()).contains("\"complete\":false");

    assertThat(alarms()).extracting(Task::getTaskDefinitionKey).containsExactly("followUpCdcTransmission");
    assertThat(engine.getTaskService().getVariable(alarms().get(0).getId(), "alarmReason")).asString()
        .contains("3").contains("2");
    String alarm = alarms().get(0).getProcessInstanceId();
    assertThat(engine.getTaskService().getIdentityLinksForTask(alarms().get(0).getId()))
        .extracting(link -> link.getGroupId()).containsExactly("cdc");
    HttpResponse<String> form = http.get("/engine-rest/task/" + alarms().get(0).getId() + "/deployed-form", "cdc");
    assertThat(form.statusCode()).isEqualTo(200);
    http.postJson("/engine-rest/task/" + alarms().get(0).getId() + "/claim", "cdc", "{\"userId\":\"cdc\"}");
    HttpResponse<String> done = http.postJson("/engine-rest/task/" + alarms().get(0).getId() + "/submit-form", "cdc",
        "{\"variables\":{\"transmissionFollowUp\":{\"value\":\"RESENT\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(alarm).finished()
        .count()).isEqualTo(1);
  }

  /** Sends {@code lines} fresh referrals as {@code user}, announcing {@code expected}. */
  private HttpResponse<String> transmit(String user, int expected, int lines) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      ObjectNode referral = json.createObjectNode().put("source", "OVERDUE_VACCINATION");
      referral.putObject("child").put("nationalId", NationalIds.valid('N', '1', SERIAL.getAndIncrement()))
          .put("name", "測試兒童").put("birthDate", "2029-01-01");
      referral.put("registeredCounty", "TPE");
      body.append(referral).append('\n');
    }
    return http.post("/api/v1/active-care/referrals/batch?expected=" + expected, user, "application/x-ndjson",
        body.toString());
  }

  /** The hourly check, as the job executor runs it. */
  private void fire() {
    Job timer = engine.getManagementService().createJobQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_WATCH_KEY).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    // the check itself is an asynchronous step of the instance the timer started
    engine.getManagementService().createJobQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_WATCH_KEY).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  /** The business keys of the open alarms: TX-agency-day. */
  private List<String> alarmKeys() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_ALARM_KEY).list().stream()
        .map(ProcessInstance::getBusinessKey).filter(key -> key != null).toList();
  }

  private Task alarm(String businessKey) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(NationalProcesses.TRANSMISSION_ALARM_KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  private List<Task> alarms() {
    return engine.getTaskService().createTaskQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_ALARM_KEY).list();
  }
}
