package tw.childprotection.flow.activecare;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.activecare.ActiveCareCase.*;
import static tw.childprotection.flow.support.CaseScenario.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.activecare.SimulatedActiveCarePlatform;
import tw.childprotection.flow.agencies.district.SimulatedDistrictOffice;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.NationalIds;

/**
 * Issue 14, item 7: the district offices' gateway (鄉鎮市區公所) is down for a whole simulated day while
 * three active-care cases reach the letter asking the village chief to follow up (flowchart, 註4). The job
 * executor retries each letter five times ten minutes apart (R5/PT10M), then each case shows an incident
 * in Cockpit and waits at that step for the rest of the day. Next morning the gateway is back and the
 * operator retries the incidents: every case sends its letter exactly once — under the key of its first
 * attempt, so a real gateway that had filed a lost attempt answers with that filing — the incidents clear
 * and each case goes on to the social-affairs visit once. Nothing is lost, nothing doubled. Run on H2
 * ({@code AgencyDownForADayScenarioTest}) and PostgreSQL ({@code AgencyDownForADayPostgresTest}).
 */
abstract class AgencyDownForADayChecks {

  static final OffsetDateTime OUTAGE_STARTS = OffsetDateTime.parse("2031-09-02T09:00:00+08:00");
  static final Duration EXECUTOR_TICK = Duration.ofMinutes(10);

  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired SimulatedDistrictOffice districtOffices;
  @Autowired SimulatedActiveCarePlatform platform;

  private final List<String> instances = new ArrayList<>();

  @AfterEach
  void back() {
    districtOffices.reset();
    platform.reset();
    ClockUtil.reset();
  }

  @Test
  void threeCasesWaitOutADayOfOutageThenEachSendsItsLetterOnceAndGoesOn() {
    districtOffices.reset();
    platform.reset();
    at(OUTAGE_STARTS);
    districtOffices.failNext(Integer.MAX_VALUE); // down until told otherwise: every call answers "unavailable"
    for (int i = 0; i < 3; i++) {
      String caseId = numbers.next(CaseKind.ACTIVE_CARE, County.TPE, LocalDate.of(2031, 9, 2)).toString();
      instances.add(engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseId,
          ActiveCareScenario.referral("LOW_INCOME_DISABLED_PARENT", NationalIds.valid('W', '2', 4_400 + i),
              OUTAGE_STARTS)).getId());
    }

    // the job executor through the day, every ten minutes
    OffsetDateTime now = OUTAGE_STARTS;
    OffsetDateTime recovery = OUTAGE_STARTS.plusDays(1);
    boolean incidentsSeenWithinTheHour = false;
    while (now.isBefore(recovery)) {
      runDueJobs();
      now = now.plus(EXECUTOR_TICK);
      at(now);
      if (!incidentsSeenWithinTheHour && now.equals(OUTAGE_STARTS.plusHours(1))) {
        assertThat(incidents()).as("five attempts ten minutes apart, then an incident per case").hasSize(3);
        incidentsSeenWithinTheHour = true;
      }
    }
    assertThat(incidentsSeenWithinTheHour).isTrue();
    List<Incident> incidents = incidents();
    assertThat(incidents).hasSize(3).allSatisfy(incident -> {
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getActivityId()).isEqualTo("requestDistrictFollowUp");
      assertThat(incident.getIncidentMessage()).doesNotContain("林小安");
    });
    assertThat(districtOffices.received()).as("no letter got through during the outage").isEmpty();
    assertThat(platformRecordsPerCase()).as("the steps before went through once each")
        .hasSize(3).allSatisfy((caseId, records) -> assertThat(records).isEqualTo(1L));
    for (String instance : instances) {
      assertThat(engine.getRuntimeService().getActiveActivityIds(instance)).as("waiting at the letter")
          .containsExactly("requestDistrictFollowUp");
    }

    // next morning: the gateway is back; nothing moves by itself, retries ran out
    districtOffices.failNext(0);
    runDueJobs();
    assertThat(incidents()).hasSize(3);
    // the operator's "retry" in Cockpit for each incident
    ManagementService management = engine.getManagementService();
    management.setJobRetries(incidents.stream().map(Incident::getConfiguration).toList(), 1);
    runDueJobs();
    runDueJobs(); // a second round of the executor finds nothing left to do

    assertThat(incidents()).as("the incidents cleared").isEmpty();
    List<ChildQuery> letters = districtOffices.received().stream()
        .filter(letter -> instances.stream().anyMatch(i -> letter.idempotencyKey().startsWith(i + ":")))
        .toList();
    assertThat(letters).as("one letter per case").hasSize(3)
        .extracting(ChildQuery::caseId).doesNotHaveDuplicates();
    assertThat(letters).as("the first attempt's key: a retry never looks like a new letter")
        .allSatisfy(letter -> assertThat(letter.idempotencyKey()).endsWith(":requestDistrictFollowUp:1"));
    for (String instance : instances) {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey(SOCIAL_VISIT).count()).as("the case went on to the visit, once").isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
          .activityId("requestDistrictFollowUp").finished().count()).as("the step completed once").isEqualTo(1);
    }
    assertThat(platformRecordsPerCase()).as("and nothing earlier was sent again")
        .allSatisfy((caseId, records) -> assertThat(records).isEqualTo(1L));
  }

  /** What the job executor does at one moment: every due job of these cases, failures recorded on the job. */
  private void runDueJobs() {
    for (int round = 0; round < 30; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().messages().list().stream()
          .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException unavailable) {
          // as the executor: the failure is on the job (retries left, next attempt in ten minutes)
        }
      }
    }
  }

  private List<Incident> incidents() {
    return engine.getRuntimeService().createIncidentQuery().list().stream()
        .filter(incident -> instances.contains(incident.getProcessInstanceId())).toList();
  }

  private Map<String, Long> platformRecordsPerCase() {
    return platform.received().stream()
        .filter(record -> instances.stream().anyMatch(i -> record.query().idempotencyKey().startsWith(i + ":")))
        .collect(Collectors.groupingBy(record -> record.query().caseId(), Collectors.counting()));
  }
}
