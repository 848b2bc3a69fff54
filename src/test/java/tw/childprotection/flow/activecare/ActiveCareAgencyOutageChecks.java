package tw.childprotection.flow.activecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.agencies.activecare.SimulatedActiveCarePlatform;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.NationalIds;

/**
 * An agency that is down does not lose a child: the step is retried five times (R5/PT10M), then an
 * incident shows in Cockpit with the case waiting where it was; when an operator retries it the
 * platform lists the child once, and the social-affairs visit follows.
 * Run on H2 ({@code ActiveCareAgencyOutageH2Test}) and PostgreSQL ({@code ActiveCareAgencyOutagePostgresTest}).
 */
abstract class ActiveCareAgencyOutageChecks {

  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  @Autowired SimulatedActiveCarePlatform platform;

  @AfterEach
  void platformBack() {
    platform.reset();
  }

  @Test
  void platformDownRetriesFiveTimesThenAnIncidentAndTheChildIsListedOnceWhenRetriedFromCockpit() {
    platform.reset();
    platform.failNext(5);
    String caseId = numbers.next(CaseKind.ACTIVE_CARE, County.TPE, LocalDate.now()).toString();
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseId,
        ActiveCareScenario.referral("LOW_INCOME_DISABLED_PARENT", NationalIds.valid('M', '2', 1_234),
            OffsetDateTime.now())).getId();
    ManagementService management = engine.getManagementService();

    String failingJob = null;
    Throwable failure = null;
    while (failure == null) { // the steps before the platform, one at a time, until one fails
      Job next = management.createJobQuery().processInstanceId(instanceId).executable().messages().list().get(0);
      failingJob = next.getId();
      failure = catchThrowable(() -> management.executeJob(next.getId()));
    }
    assertThat(failure).hasMessageContaining("unavailable");
    for (int attempt = 2; attempt <= 5; attempt++) {
      String jobId = failingJob;
      assertThat(catchThrowable(() -> management.executeJob(jobId))).as("attempt " + attempt).isNotNull();
    }

    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).singleResult();
    assertThat(incident).as("an incident for Cockpit").isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(REPORT_TO_PLATFORM);
    assertThat(incident.getIncidentMessage()).doesNotContain("林小安");
    assertThat(platform.received()).isEmpty();

    management.setJobRetries(failingJob, 1); // what "retry" in Cockpit does
    management.executeJob(failingJob);
    new ActiveCareScenario(engine, numbers, registry).runJobs();

    assertThat(platform.received()).singleElement()
        .satisfies(record -> assertThat(record.type()).isEqualTo(ActiveCareRecordType.CASE_OPENED));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(SOCIAL_VISIT).count()).isEqualTo(1);
  }
}
