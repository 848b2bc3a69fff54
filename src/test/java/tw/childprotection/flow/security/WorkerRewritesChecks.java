package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.support.Http;
import tw.childprotection.flow.support.ModelFiles;
import tw.childprotection.flow.support.ProtectionReports;
import tw.childprotection.flow.support.TasklistBodies;
import tw.childprotection.flow.support.TasklistScenarioTest;
import tw.childprotection.flow.validation.InputCheck;

/**
 * Issue 12, hole 5: a social worker of the case's own county, a candidate of its dispatch task, tries to
 * rewrite the case through every way Camunda's REST APIs offer, on {@code /engine-rest} and on the webapps'
 * engine API Tasklist uses: the child's national ID, the county, the residence, a deadline's start, a
 * variable named like a bean, a Spin object of any class, a value the form does not offer, the task's legal
 * due date. Each is a 400 naming the field in both languages, and nothing in the case changes. What Tasklist
 * really sends passes. Run on H2 and on PostgreSQL.
 */
abstract class WorkerRewritesChecks extends TasklistScenarioTest {

  static final Path DISPATCH_FORM = Path.of("forms/protection/dispatch.form");
  static final String SPIN_OBJECT = "{\"type\":\"Object\",\"value\":\"{\\\"command\\\":[\\\"id\\\"]}\",\"valueInfo\":"
      + "{\"objectTypeName\":\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}";

  @Autowired ApplicationContext context;
  String caseId;
  String instanceId;
  Task dispatch;

  @BeforeEach
  void aTaipeiCaseWaitingForItsDispatch() {
    caseId = ProtectionReports.file(http, ProtectionReports.freshName(), ProtectionReports.freshNationalId(),
        "兒少身上有瘀傷");
    jobs.runJobs();
    dispatch = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(ChildProtectionCase.DISPATCH).singleResult();
    instanceId = dispatch.getProcessInstanceId();
  }

  /** Method, path under the engine API, body, the field the refusal names. */
  List<String[]> attacks() {
    String task = "/task/" + dispatch.getId();
    String pi = "/process-instance/" + instanceId;
    String execution = "/execution/" + instanceId;
    String khh = "{\"value\":\"KHH\",\"type\":\"String\"}";
    return List.of(
        submit(task + "/submit-form", "county", khh),
        submit(task + "/complete", "childNationalId", "{\"value\":\"A123456789\"}"),
        submit(task + "/submit-form", "residenceCounty", khh),
        submit(task + "/complete", "reportReceivedAt",
            "{\"value\":\"2099-01-01T00:00:00.000+0800\",\"type\":\"Date\"}"),
        submit(task + "/submit-form", "protectionForms", "{\"value\":\"x\"}"),
        submit(task + "/submit-form", "policeNoticeTemplate", SPIN_OBJECT),
        submit(task + "/submit-form", "visitMode", "{\"value\":\"BY_LETTER\"}"),
        submit(task + "/complete", "caseNote", "{\"value\":\"x\"}"),
        new String[] {"PUT", task + "/variables/county", khh, "county"},
        new String[] {"POST", task + "/variables", "{\"modifications\":{\"county\":" + khh + "}}", "county"},
        new String[] {"PUT", task + "/localVariables/visitMode", "{\"value\":\"FACE_TO_FACE\"}", "visitMode"},
        new String[] {"POST", task + "/localVariables", "{\"modifications\":{\"x\":{\"value\":1}}}", "x"},
        new String[] {"PUT", pi + "/variables/childNationalId", "{\"value\":\"A123456789\"}", "childNationalId"},
        new String[] {"POST", pi + "/variables", "{\"modifications\":{\"residenceCounty\":" + khh + "}}",
            "residenceCounty"},
        new String[] {"DELETE", pi + "/variables/county", null, "county"},
        new String[] {"POST", execution + "/localVariables", "{\"modifications\":{\"protectionForms\":"
            + "{\"value\":\"x\"}}}", "protectionForms"},
        new String[] {"PUT", execution + "/localVariables/knownAt", "{\"value\":\"2099-01-01T00:00:00.000+0800\","
            + "\"type\":\"Date\"}", "knownAt"},
        new String[] {"POST", pi + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"" + ChildProtectionCase.CLOSURE_REVIEW + "\"}]}", "variables"},
        new String[] {"POST", pi + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"" + ChildProtectionCase.CLOSURE_REVIEW + "\",\"variables\":{\"county\":" + khh + "}}]}",
            "county"});
  }

  private static String[] submit(String path, String field, String variable) {
    return new String[] {"POST", path, "{\"variables\":{\"" + field + "\":" + variable + "}}", field};
  }

  @Test
  void throughEngineRestEveryRewriteIsRefusedWith400AndNothingChanges() throws Exception {
    Map<String, String> before = variables();
    for (String[] attack : attacks()) {
      assertRefused(attack, engineRest("social.tpe", attack[0], "/engine-rest" + attack[1], attack[2]));
    }
    assertNothingChanged(before);
  }

  @Test
  void throughTasklistsEngineApiEveryRewriteIsRefusedToo() throws Exception {
    Map<String, String> before = variables();
    WebappSession tasklist = WebappSession.login(port, "tasklist", "social.tpe");
    for (String[] attack : attacks()) {
      assertRefused(attack, tasklist.send(attack[0], "/camunda/api/engine/engine/default" + attack[1], attack[2]));
    }
    assertNothingChanged(before);
  }

  @Test
  void theLegalDueDateIsNotMovedButAFollowUpDateIsAWorkersOwn() throws Exception {
    Date due = dispatch.getDueDate();
    assertThat(due).as("the dispatch task carries Art. 4's 24 hours").isNotNull();
    String path = "/engine-rest/task/" + dispatch.getId();
    ObjectNode task = (ObjectNode) json.readTree(http.get(path, "social.tpe").body());
    task.remove(List.of("_embedded", "_links", "camundaFormRef"));
    task.put("due", "2099-12-31T00:00:00.000+0800");
    HttpResponse<String> moved = engineRest("social.tpe", "PUT", path, task.toString());
    assertRefused(new String[] {"PUT", path, null, "due"}, moved);
    WebappSession tasklist = WebappSession.login(port, "tasklist", "social.tpe");
    assertRefused(new String[] {"PUT", path, null, "due"}, tasklist.send("PUT",
        "/camunda/api/engine/engine/default/task/" + dispatch.getId(), task.toString()));
    assertThat(engine.getTaskService().createTaskQuery().taskId(dispatch.getId()).singleResult().getDueDate())
        .isEqualTo(due);
    JsonNode view = json.readTree(http.get("/api/v1/cases/" + caseId, "social.tpe").body());
    assertThat(view.get("openTasks").findValuesAsText("due")).noneMatch(d -> d.startsWith("2099"));

    ObjectNode followUp = (ObjectNode) json.readTree(http.get(path, "social.tpe").body());
    followUp.remove(List.of("_embedded", "_links", "camundaFormRef")); // as Tasklist sends its task back
    followUp.put("followUp", "2026-12-24T09:00:00.000+0800");
    HttpResponse<String> reminded = tasklist.send("PUT", "/camunda/api/engine/engine/default/task/"
        + dispatch.getId(), followUp.toString());
    assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(204);
    Task now = engine.getTaskService().createTaskQuery().taskId(dispatch.getId()).singleResult();
    assertThat(now.getFollowUpDate()).isNotNull();
    assertThat(now.getDueDate()).isEqualTo(due);
  }

  @Test
  void theDispatchFormAsTasklistSubmitsItEveryFieldIncludedPasses() throws Exception {
    ObjectNode variables = TasklistBodies.with(TasklistBodies.empty(TasklistBodies.form(DISPATCH_FORM)), Map.of(
        "assignedUnits", List.of("SOCIAL"), "visitMode", "FACE_TO_FACE", "preHandlingProtectedBy", "SCHOOL",
        "policeDiscovered", "false", "dispatchNote", "於學校與兒少會談"));
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    WebappSession tasklist = WebappSession.login(port, "tasklist", "social.tpe");
    String task = "/camunda/api/engine/engine/default/task/" + dispatch.getId();
    assertThat(tasklist.send("POST", task + "/claim", "{\"userId\":\"social.tpe\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> submitted = tasklist.send("POST", task + "/submit-form", body.toString());
    assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(dispatch.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().getVariable(instanceId, "visitMode")).isEqualTo("FACE_TO_FACE");
    assertThat(engine.getRuntimeService().getVariable(instanceId, "county")).isEqualTo("TPE");
  }

  @Test
  void aRestClientThatSkipsTheBrowserGetsTheFormsChecks() throws Exception {
    HttpResponse<String> missing = engineRest("social.tpe", "POST", "/engine-rest/task/" + dispatch.getId()
        + "/complete", "{\"variables\":{\"visitMode\":{\"value\":\"FACE_TO_FACE\"},\"dispatchNote\":{\"value\":\""
        + "說".repeat(1001) + "\"}}}");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    JsonNode errors = json.readTree(missing.body()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains("dispatchNote", "assignedUnits", "preHandlingProtectedBy",
        "policeDiscovered");
    assertThat(errors.findValuesAsText("code")).contains("TOO_LONG", "REQUIRED");
    assertThat(engine.getTaskService().createTaskQuery().taskId(dispatch.getId()).count()).isOne();
  }

  @Test
  void anAdministratorKeepsFullRightsButPlantsNoBeanNamedVariable() throws Exception {
    String pi = "/engine-rest/process-instance/" + instanceId + "/variables/";
    HttpResponse<String> note = engineRest("admin", "PUT", pi + "adminNote", "{\"value\":\"更正\"}");
    assertThat(note.statusCode()).as(note.body()).isEqualTo(204);
    HttpResponse<String> bean = engineRest("admin", "PUT", pi + "protectionForms", "{\"value\":\"x\"}");
    assertRefused(new String[] {"PUT", pi, null, "protectionForms"}, bean);
    assertThat(engine.getRuntimeService().getVariable(instanceId, "protectionForms")).isNull();
  }

  @Test
  void spinInstantiatesNoClassItWasNotToldToAllow() {
    engine.getRuntimeService().setVariable(instanceId, "planted", Variables.serializedObjectValue("{}")
        .objectTypeName(InputCheck.class.getName()).serializationDataFormat("application/json").create());
    assertThatThrownBy(() -> engine.getRuntimeService().getVariable(instanceId, "planted"))
        .as("deserializationTypeValidationEnabled: a Spin JSON of any class is not instantiated")
        .isInstanceOf(ProcessEngineException.class);
    engine.getRuntimeService().removeVariable(instanceId, "planted");
  }

  @Test
  void noFormAsksForTheCasesIdentityCountyOrDeadlinesOrNamesABean() {
    for (Path file : ModelFiles.forms()) {
      TasklistBodies.filled(TasklistBodies.form(file)).fieldNames().forEachRemaining(key -> {
        assertThat(WorkerWrites.NEVER_WRITTEN_BY_WORKERS).as(file + ": " + key).doesNotContain(key);
        assertThat(context.containsBean(key)).as(file + ": " + key + " is a bean's name").isFalse();
      });
    }
  }

  private void assertRefused(String[] attack, HttpResponse<String> response) throws Exception {
    String what = attack[0] + " " + attack[1] + " " + attack[3];
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(400);
    JsonNode errors = json.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field")).as(what + ": " + response.body()).contains(attack[3]);
    for (JsonNode error : errors) {
      assertThat(error.get("message").asText()).as(what).isNotBlank();
      assertThat(error.get("messageZh").asText()).as(what).isNotBlank();
    }
    assertThat(response.body()).as(what).doesNotContain("A123456789").doesNotContain("ENGINE-");
  }

  /** The case's variables as text: the same text before and after is nothing changed. */
  private Map<String, String> variables() {
    Map<String, String> values = new TreeMap<>();
    engine.getRuntimeService().getVariables(instanceId)
        .forEach((name, value) -> values.put(name, String.valueOf(value)));
    return values;
  }

  private void assertNothingChanged(Map<String, String> before) {
    assertThat(variables()).isEqualTo(before);
    assertThat(engine.getRuntimeService().getVariables(instanceId)).containsEntry("county", "TPE");
    Task task = engine.getTaskService().createTaskQuery().taskId(dispatch.getId()).singleResult();
    assertThat(task).as("the dispatch is still open").isNotNull();
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).isEmpty();
    assertThat(task.getDueDate()).isEqualTo(dispatch.getDueDate());
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(instanceId)
        .activityId(ChildProtectionCase.CLOSURE_REVIEW).count()).isZero();
  }

  HttpResponse<String> engineRest(String user, String method, String path, String body) {
    String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + token).header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return Http.send(HttpClient.newHttpClient(), request.build());
  }
}
