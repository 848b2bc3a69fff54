package tw.childprotection.flow.activecare.transmissions;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.support.CaseScenario.at;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.TasklistScenarioTest;

/**
 * SPEC (Control Yuan, 2023): a transmission that never arrives, or arrives short, must not go unnoticed.
 * Each noon the watch checks what was due the day before (MOI and NHIA on the 10th and 25th, the CDC
 * daily); an agency that sent nothing gets a follow-up task, one that sent gets none; a short
 * transmission alarms at once.
 */
@PlatformTest
class TransmissionWatchTest extends TasklistScenarioTest {

  // Far from any other test's transmissions, a month apart per test: nothing was sent around these days
  // but what that test sends.
  static final OffsetDateTime MARCH_10 = OffsetDateTime.parse("2031-03-10T15:00:00+08:00");
  static final OffsetDateTime MARCH_11_NOON = OffsetDateTime.parse("2031-03-11T12:00:00+08:00");
  static final OffsetDateTime APRIL_10 = OffsetDateTime.parse("2031-04-10T15:00:00+08:00");
  static final OffsetDateTime APRIL_11_NOON = OffsetDateTime.parse("2031-04-11T12:00:00+08:00");
  static final OffsetDateTime MAY_12_NOON = OffsetDateTime.parse("2031-05-12T12:00:00+08:00");
  static final OffsetDateTime JUNE_3 = OffsetDateTime.parse("2031-06-03T15:00:00+08:00");
  static final AtomicInteger SERIAL = new AtomicInteger(78_901_000);

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_ALARM_KEY).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done"));
  }

  @Test
  void dayAfterThe10thTheHouseholdRegistrationDepartmentThatSentNothingIsAlarmedTheNhiaThatSentIsNot() {
    at(MARCH_10);
    assertThat(transmit("nhia", 1, 1).statusCode()).isEqualTo(200);

    at(MARCH_11_NOON);
    fire();

    assertThat(alarms()).extracting(Task::getTaskDefinitionKey)
        .as("the CDC sent nothing either").containsExactlyInAnyOrder("followUpMoiTransmission", "followUpCdcTransmission");
    assertThat(engine.getTaskService().getVariable(alarms().get(0).getId(), "alarmReason")).asString()
        .contains("未收到").contains("2031-03-10");
  }

  @Test
  void onAnOrdinaryDayOnlyTheCdcIsDue() {
    at(MAY_12_NOON);
    fire();

    assertThat(alarms()).extracting(Task::getTaskDefinitionKey).containsExactly("followUpCdcTransmission");
  }

  @Test
  void theCheckIsQuietWhenEveryAgencyDueSentYesterday() {
    at(APRIL_10);
    transmit("cdc", 1, 1);
    transmit("nhia", 1, 1);
    transmit("moi", 1, 1);

    at(APRIL_11_NOON);
    fire();

    assertThat(alarms()).isEmpty();
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

  /** The daily noon check, as the job executor runs it. */
  private void fire() {
    Job timer = engine.getManagementService().createJobQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_WATCH_KEY).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    // the check itself is an asynchronous step of the instance the timer started
    engine.getManagementService().createJobQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_WATCH_KEY).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private List<Task> alarms() {
    return engine.getTaskService().createTaskQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_ALARM_KEY).list();
  }
}
