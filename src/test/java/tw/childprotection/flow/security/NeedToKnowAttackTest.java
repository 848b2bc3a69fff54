package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.FixtureCases;
import tw.childprotection.flow.support.Http;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.ProtectionReports;

/**
 * Need to know (issue 12, docs/adr/0014): a Taipei police officer reads a Taipei case only when police
 * has or had a task in it, through our API and through the engine's; the candidate group decides who
 * works a task, now that no authorization row per task says so.
 */
@PlatformTest
class NeedToKnowAttackTest {

  private static final String PROCESS = "needToKnowFixture";
  private static final String POLICE_TASK = "policeCheck";
  private static final String APPROVAL = "approve";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  private final ObjectMapper json = new ObjectMapper();
  private Http http;
  /** A Taipei case in which police never had a task (its only task is the social worker's dispatch). */
  private ProcessInstance unworked;
  /** A Taipei case with a police task. */
  private ProcessInstance worked;

  @BeforeEach
  void twoTaipeiCases() {
    http = new Http(port);
    synchronized (NeedToKnowAttackTest.class) {
      if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
        engine.getRepositoryService().createDeployment().name("need-to-know fixture").addModelInstance(
            PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(30).startEvent()
                .userTask(POLICE_TASK).camundaCandidateGroups("police")
                .userTask(APPROVAL).camundaCandidateGroups("social-supervisor").endEvent().done())
            .deploy();
      }
    }
    unworked = FixtureCases.start(engine, numbers, County.TPE);
    String caseId = numbers.next(CaseKind.PROTECTION, County.TPE, LocalDate.now()).toString();
    worked = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, caseId,
        Map.of("county", County.TPE.code(), "childName", "測試兒童"));
  }

  @Test
  void theCaseApiShowsPoliceOnlyTheCaseItWorks() throws Exception {
    HttpResponse<String> refused = http.get("/api/v1/cases/" + unworked.getBusinessKey(), "police.tpe");
    assertThat(refused.statusCode()).isIn(403, 404);
    assertThat(refused.body()).doesNotContain("openTasks").doesNotContain("\"TPE\"");
    assertThat(http.get("/api/v1/cases/" + worked.getBusinessKey(), "police.tpe").statusCode()).isEqualTo(200);
    // the social worker of the county still reads both
    assertThat(http.get("/api/v1/cases/" + unworked.getBusinessKey(), "social.tpe").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/cases/" + worked.getBusinessKey(), "social.tpe").statusCode()).isEqualTo(200);
  }

  @Test
  void theSearchFindsOnlyTheCasePoliceWorks() throws Exception {
    assertThat(found("police.tpe", unworked)).isZero();
    assertThat(found("police.tpe", worked)).isEqualTo(1);
    assertThat(found("social.tpe", unworked)).isEqualTo(1);
  }

  @Test
  void theSearchByNameFindsPoliceTheOlderCaseItWorksBehindManyNewerItNeverWorked() throws Exception {
    // one child's name on a case police worked, then on more newer cases than a search shows, police in none
    String name = ProtectionReports.freshName();
    String caseId = numbers.next(CaseKind.PROTECTION, County.TPE, LocalDate.now()).toString();
    ProcessInstance older = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, caseId,
        Map.of("county", County.TPE.code(), "childName", name));
    Thread.sleep(5);
    for (int i = 0; i < 60; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(FixtureCases.PROCESS,
          numbers.next(CaseKind.PROTECTION, County.TPE, LocalDate.now()).toString(),
          Map.of("county", County.TPE.code(), "childName", name));
    }

    for (String q : List.of(name, name.substring(0, 2), name.substring(name.length() - 2))) {
      assertThat(caseIds("police.tpe", q)).as("police.tpe searching " + q).contains(older.getBusinessKey())
          .allMatch(found -> !found.equals(unworked.getBusinessKey()));
    }
    assertThat(caseIds("police.tpe", name)).containsExactly(older.getBusinessKey());
    assertThat(caseIds("social.tpe", name)).as("the social worker sees them all, at most 50").hasSize(50)
        .doesNotContain(older.getBusinessKey());
  }

  @Test
  void theEngineApiShowsPoliceNothingOfACaseItNeverWorked() throws Exception {
    for (String path : new String[] {"/engine-rest/process-instance?businessKey=%s",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=%s",
        "/engine-rest/variable-instance?processInstanceIdIn=%s",
        "/engine-rest/history/variable-instance?processInstanceId=%s",
        "/engine-rest/history/task?processInstanceId=%s",
        "/engine-rest/history/activity-instance?processInstanceId=%s",
        "/engine-rest/task?processInstanceId=%s"}) {
      assertThat(size(path, "police.tpe", unworked)).as(path + " of a case police never worked").isZero();
      assertThat(size(path, "social.tpe", unworked)).as(path + " as the county's social worker").isPositive();
    }
    for (String path : new String[] {"/engine-rest/process-instance?businessKey=%s",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=%s",
        "/engine-rest/variable-instance?processInstanceIdIn=%s",
        "/engine-rest/history/variable-instance?processInstanceId=%s",
        "/engine-rest/task?processInstanceId=%s"}) {
      assertThat(size(path, "police.tpe", worked)).as(path + " of the case police works").isPositive();
    }
    HttpResponse<String> variables = http.get("/engine-rest/process-instance/" + unworked.getId() + "/variables",
        "police.tpe");
    assertThat(variables.statusCode()).as(variables.body()).isEqualTo(403);
    assertThat(variables.body()).doesNotContain(unworked.getBusinessKey()).doesNotContain("\"TPE\"");
    assertThat(http.get("/engine-rest/process-instance/" + worked.getId() + "/variables", "police.tpe")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void policeStillReadsTheCaseAfterItsTaskIsDone() throws Exception {
    Task police = task(worked, POLICE_TASK);
    assertThat(http.postJson("/engine-rest/task/" + police.getId() + "/complete", "police.tpe", "{}").statusCode())
        .isEqualTo(204);
    assertThat(task(worked, APPROVAL)).isNotNull();
    assertThat(http.get("/api/v1/cases/" + worked.getBusinessKey(), "police.tpe").statusCode()).isEqualTo(200);
    assertThat(size("/engine-rest/history/variable-instance?processInstanceId=%s", "police.tpe", worked))
        .isPositive();
    // no longer a task of police's: the supervisor's task is not police's to read
    assertThat(size("/engine-rest/task?processInstanceId=%s", "police.tpe", worked)).isZero();
  }

  @Test
  void onlyTheCandidateGroupWorksATask() throws Exception {
    Task police = task(worked, POLICE_TASK);
    for (String user : new String[] {"social.tpe", "manager.tpe", "health.tpe"}) {
      assertThat(http.postJson("/engine-rest/task/" + police.getId() + "/claim", user,
          "{\"userId\":\"" + user + "\"}").statusCode()).as(user + " claims police's task").isEqualTo(403);
      assertThat(http.postJson("/engine-rest/task/" + police.getId() + "/complete", user, "{}").statusCode())
          .as(user + " completes police's task").isEqualTo(403);
      assertThat(http.postJson("/engine-rest/task/" + police.getId() + "/variables", user,
          "{\"modifications\":{\"planted\":{\"value\":\"x\",\"type\":\"String\"}}}").statusCode())
          .as(user + " writes its variables (refused by the form check or the candidate group)").isIn(400, 403);
    }
    assertThat(task(worked, POLICE_TASK).getAssignee()).isNull();
    assertThat(engine.getRuntimeService().getVariable(worked.getId(), "planted")).isNull();
    assertThat(http.postJson("/engine-rest/task/" + police.getId() + "/complete", "police.tpe", "{}").statusCode())
        .isEqualTo(204);
    Task approval = task(worked, APPROVAL);
    // a social worker does not approve in the supervisor's place, even though social workers work tasks
    // by a group-wide grant
    assertThat(http.postJson("/engine-rest/task/" + approval.getId() + "/complete", "social.tpe", "{}")
        .statusCode()).isEqualTo(403);
    assertThat(task(worked, APPROVAL)).isNotNull();
    assertThat(http.postJson("/engine-rest/task/" + approval.getId() + "/claim", "supervisor.tpe",
        "{\"userId\":\"supervisor.tpe\"}").statusCode()).isEqualTo(204);
    assertThat(http.postJson("/engine-rest/task/" + approval.getId() + "/complete", "supervisor.tpe", "{}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  void noAuthorizationRowPerTaskForTheSocialWorkers() {
    String dispatch = task(unworked, FixtureCases.DISPATCH).getId();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(dispatch).count()).isZero();
    String police = task(worked, POLICE_TASK).getId();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(police).groupIdIn("police")
        .count()).isEqualTo(1);
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> caseIds(String user, String q) throws Exception {
    HttpResponse<String> response = http.get("/api/v1/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
        user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("cases").findValuesAsText("caseId");
  }

  private int found(String user, ProcessInstance instance) throws Exception {
    HttpResponse<String> response = http.get("/api/v1/cases?q=" + instance.getBusinessKey(), user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode cases = json.readTree(response.body()).get("cases");
    int n = 0;
    for (JsonNode found : cases) {
      n += instance.getBusinessKey().equals(found.get("caseId").asText()) ? 1 : 0;
    }
    return n;
  }

  private int size(String pathTemplate, String user, ProcessInstance pi) throws Exception {
    String path = String.format(pathTemplate, pathTemplate.contains("usinessKey=") ? pi.getBusinessKey() : pi.getId());
    HttpResponse<String> response = http.get(path, user);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body()).size();
  }
}
