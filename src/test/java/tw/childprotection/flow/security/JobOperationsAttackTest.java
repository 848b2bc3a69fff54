package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.FixtureCases;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12, hole 3: {@code POST /engine-rest/job/{id}/execute} was refused by the tenant check, yet
 * each refusal cost the job a retry — three calls by police.tpe took a KHH case's 24-hour dispatch
 * timer to an incident and a deadline that never fires; the national transmission watch likewise, and
 * by a form a page of another site can post. Job operations are now for administrators, and a
 * refusal costs the job nothing.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class JobOperationsAttackTest extends ApiTest {

  @Autowired CaseNumbers numbers;
  ProcessInstance khhCase;
  Job dispatchTimer;

  @BeforeEach
  void aKaohsiungCaseWithItsDispatchTimer() {
    khhCase = FixtureCases.start(engine, numbers, County.KHH);
    dispatchTimer = engine.getManagementService().createJobQuery().processInstanceId(khhCase.getId()).singleResult();
  }

  @Test
  void aTaipeiPoliceOfficerExecutingAKaohsiungTimerThreeTimesCostsItNothing(CapturedOutput log) throws Exception {
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = http.postJson("/engine-rest/job/" + dispatchTimer.getId() + "/execute",
          "police.tpe", "");
      assertForbidden(response);
    }
    assertUntouched(dispatchTimer);
    assertThat(log.getAll()).doesNotContain("ENGINE-").contains("Refused 403 POST /engine-rest/job/");
  }

  @Test
  void nobodyButAnAdministratorSetsRetriesSuspendsOrRunsJobs() throws Exception {
    String job = "/engine-rest/job/" + dispatchTimer.getId();
    assertForbidden(http.post(job + "/retries", "social.khh", "application/json", "{\"retries\":0}"));
    assertForbidden(http.post(job + "/suspended", "social.khh", "application/json", "{\"suspended\":true}"));
    assertForbidden(http.post("/engine-rest/job/retries", "supervisor.tpe", "application/json",
        "{\"jobIds\":[\"" + dispatchTimer.getId() + "\"],\"retries\":0}"));
    assertForbidden(http.post("/engine-rest/job-definition/" + dispatchTimer.getJobDefinitionId() + "/suspended",
        "manager.tpe", "application/json", "{\"suspended\":true}"));
    assertForbidden(http.post("/engine-rest/process-instance/job-retries", "social.khh", "application/json",
        "{\"processInstances\":[\"" + khhCase.getId() + "\"],\"retries\":0}"));
    assertUntouched(dispatchTimer);
  }

  @Test
  void theNationalTransmissionWatchCannotBeRunDownByACountyUser() throws Exception {
    Job watch = engine.getManagementService().createJobQuery().timers().list().stream()
        .filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    for (int i = 0; i < 3; i++) {
      assertForbidden(http.postJson("/engine-rest/job/" + watch.getId() + "/execute", "police.tpe", ""));
    }
    assertUntouched(watch);
  }

  @Test
  void aFormPostedByAnotherSiteIsRefusedEvenForAnAdministrator() throws Exception {
    HttpResponse<String> response = http.post("/engine-rest/job/" + dispatchTimer.getId() + "/retries", "admin",
        "application/x-www-form-urlencoded", "retries=0");
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(json.readTree(response.body()).get("errors").get(0).get("code").asText())
        .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    HttpResponse<String> text = http.post("/engine-rest/job/" + dispatchTimer.getId() + "/execute", "admin",
        "text/plain", "");
    assertThat(text.statusCode()).isEqualTo(415);
    assertUntouched(dispatchTimer);
  }

  @Test
  void inCockpitAKaohsiungTimerIsNotRetriedByATaipeiManager() throws Exception {
    WebappSession cockpit = WebappSession.login(port, "cockpit", "manager.tpe");
    HttpResponse<String> response = cockpit.send("PUT",
        "/camunda/api/engine/engine/default/job/" + dispatchTimer.getId() + "/retries", "{\"retries\":0}");
    assertForbidden(response);
    assertUntouched(dispatchTimer);
  }

  @Test
  void anAdministratorStillRunsAJob() {
    HttpResponse<String> response = http.postJson("/engine-rest/job/" + dispatchTimer.getId() + "/execute", "admin",
        "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(engine.getManagementService().createJobQuery().jobId(dispatchTimer.getId()).count()).isZero();
  }

  private void assertForbidden(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(error.get("messageZh").asText()).isNotBlank();
  }

  private void assertUntouched(Job job) {
    Job now = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(now).as("the job is still there").isNotNull();
    assertThat(now.getRetries()).isEqualTo(job.getRetries());
    assertThat(now.isSuspended()).isFalse();
    assertThat(now.getDuedate()).isEqualTo(job.getDuedate());
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(job.getId()).count())
        .isZero();
  }
}
