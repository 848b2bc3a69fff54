package tw.childprotection.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.CaseScenario;
import tw.childprotection.flow.support.FixtureCases;
import tw.childprotection.flow.support.ProtectionReports;
import tw.childprotection.flow.support.WebappUser;

/**
 * Issue 12, the access audit: every look at a case's personal data and every change, through each door, is
 * recorded — who, when, which case, what — without the data; the county's supervisor (an administrator: any
 * case) reads who looked, a look by someone with no task in the case stands out, and the record goes with the
 * case's history.
 */
abstract class AccessAuditChecks extends ApiTest {

  @Autowired DeadlineRegistry registry;
  @Autowired CaseNumbers numbers;
  @Autowired AccessLog log;
  String name;
  String nationalId;
  String caseId;
  ProcessInstance instance;
  Task dispatch;

  @BeforeEach
  void aTaipeiCaseAtDispatch() {
    name = ProtectionReports.freshName();
    nationalId = ProtectionReports.freshNationalId();
    caseId = ProtectionReports.file(http, name, nationalId, "疑似疏忽照顧");
    new CaseScenario(engine, registry).runJobs();
    instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKey(ChildProtectionCase.PROCESS_KEY).singleResult();
    dispatch = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ChildProtectionCase.DISPATCH).singleResult();
  }

  @Test
  void readsAndChangesThroughEveryDoorAreRecordedWithoutTheData() throws Exception {
    String pi = instance.getId();
    String task = dispatch.getId();
    ok(http.get("/api/v1/cases/" + caseId, "social.tpe"));
    ok(http.get("/engine-rest/task/" + task + "/form-variables", "social.tpe"));
    ok(http.get("/engine-rest/process-instance/" + pi + "/variables", "manager.tpe"));
    ok(http.get("/engine-rest/history/variable-instance?processInstanceId=" + pi, "supervisor.tpe"));
    WebappUser tasklist = WebappUser.tasklist(port, "social.tpe");
    ok(tasklist.send("GET", "/camunda/api/engine/engine/default/task/" + task + "/form-variables", null, null));
    ok(tasklist.send("GET", "/camunda/api/tasklist/plugin/casework/default/cases/" + caseId, null, null));
    HttpResponse<String> claimed = http.postJson("/engine-rest/task/" + task + "/claim", "social.tpe",
        "{\"userId\":\"social.tpe\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    HttpResponse<String> foreign = http.get("/engine-rest/process-instance/" + pi + "/variables", "social.khh");
    assertThat(foreign.statusCode()).isEqualTo(403);
    ok(http.get("/engine-rest/task/count", "social.tpe")); // no look at one case
    ok(http.get("/api/v1/cases?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "social.tpe"));
    // the county's manager finds the case too, and never had a task in it
    ok(http.get("/api/v1/cases?q=" + URLEncoder.encode(name.substring(0, 2), StandardCharsets.UTF_8),
        "manager.tpe"));
    ok(tasklist.send("GET", "/camunda/api/tasklist/plugin/casework/default/cases?q="
        + URLEncoder.encode(caseId, StandardCharsets.UTF_8), null, null));

    HttpResponse<String> read = http.get("/api/v1/cases/" + caseId + "/access-log", "supervisor.tpe");
    ok(read);
    JsonNode entries = json.readTree(read.body()).get("entries");
    List<String> seen = new ArrayList<>();
    entries.forEach(e -> seen.add(e.get("user").asText() + " " + e.get("access").asText() + " "
        + e.get("channel").asText() + " " + e.get("method").asText() + " " + e.get("path").asText() + " "
        + e.get("status").asInt() + " " + e.get("withoutTask").asBoolean()));
    assertThat(seen).containsExactly(
        "social.tpe READ API GET /api/v1/cases/{caseId} 200 false",
        "social.tpe READ ENGINE_REST GET /engine-rest/task/{taskId}/form-variables 200 false",
        "manager.tpe READ ENGINE_REST GET /engine-rest/process-instance/{processInstanceId}/variables 200 true",
        "supervisor.tpe READ ENGINE_REST GET /engine-rest/history/variable-instance"
            + "?processInstanceId={processInstanceId} 200 true",
        "social.tpe READ WEBAPP_ENGINE GET /camunda/api/engine/engine/default/task/{taskId}/form-variables 200 false",
        "social.tpe READ TASKLIST_CASE_TAB GET /camunda/api/tasklist/plugin/casework/default/cases/{caseId} 200 false",
        "social.tpe CHANGE ENGINE_REST POST /engine-rest/task/{taskId}/claim 204 false",
        "social.khh READ ENGINE_REST GET /engine-rest/process-instance/{processInstanceId}/variables 403 true",
        "social.tpe READ API GET /api/v1/cases?q={q} 200 false",
        "manager.tpe READ API GET /api/v1/cases?q={q} 200 true",
        "social.tpe READ TASKLIST_CASE_TAB GET /camunda/api/tasklist/plugin/casework/default/cases?q={q} 200 false");
    assertThat(entries.get(0).get("at").asText()).isNotBlank();
    String stored = jdbc.queryForList("SELECT * FROM cpf_case_access WHERE case_id = ?", caseId).toString();
    for (String text : new String[] {read.body(), stored}) {
      assertThat(text).doesNotContain(nationalId).doesNotContain(name).doesNotContain(task)
          .doesNotContain("疑似疏忽照顧");
    }
  }

  @Test
  void onlyTheCountysSupervisorOrAnAdministratorReadsWhoLooked() {
    ok(http.get("/api/v1/cases/" + caseId + "/access-log", "admin"));
    assertThat(http.get("/api/v1/cases/" + caseId + "/access-log", "social.tpe").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/v1/cases/" + caseId + "/access-log", "police.tpe").statusCode())
        .as("need to know: police never worked this case, so for them it is not there").isEqualTo(404);
    assertThat(http.get("/api/v1/cases/" + caseId + "/access-log", "social.khh").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/v1/cases/CP-TPE-2026-999999/access-log", "supervisor.tpe").statusCode())
        .isEqualTo(404);

    String khhCase = FixtureCases.start(engine, numbers, County.KHH).getBusinessKey();
    assertThat(http.get("/api/v1/cases/" + khhCase + "/access-log", "supervisor.tpe").statusCode())
        .as("another county's supervisor").isEqualTo(404);
    ok(http.get("/api/v1/cases/" + khhCase + "/access-log", "admin"));
  }

  @Test
  void theRecordGoesWithTheCasesHistory() {
    ok(http.get("/api/v1/cases/" + caseId, "social.tpe"));
    assertThat(log.of(caseId)).hasSize(1);
    assertThat(log.removeWithoutHistory()).as("a case with its history keeps its record").isZero();

    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test: the case's history is cleaned up");
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .forEach(h -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(h.getId()));
    log.removeWithoutHistory();

    assertThat(log.of(caseId)).isEmpty();
  }

  private static void ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
  }
}
