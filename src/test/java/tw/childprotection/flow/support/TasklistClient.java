package tw.childprotection.flow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works a case's tasks as a person does in Tasklist, through the same {@code /engine-rest} calls
 * Tasklist makes under that person's login: list the case's tasks the user can see, load the task's
 * deployed Camunda form, claim, submit the form's variables. As a person must for the browser to submit, the
 * form's required fields the test leaves out are filled too (the first choice, the present moment, a short
 * text): the server checks a submission against the form (issue 12, hole 5), as the browser does.
 */
public final class TasklistClient {

  private final Http http;
  private final ObjectMapper json = new ObjectMapper();

  public TasklistClient(Http http) {
    this.http = http;
  }

  /** The task definition keys of the case's open tasks that {@code user} can see. */
  public List<String> visibleTasks(String user, String caseId) {
    List<String> keys = new ArrayList<>();
    tasks(user, caseId).forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
    return keys;
  }

  /** As {@code user}: the task {@code key} of the case is visible, its form loads, it is claimed and submitted. */
  public void work(String user, String caseId, String key, Map<String, Object> variables) {
    JsonNode task = null;
    for (JsonNode candidate : tasks(user, caseId)) {
      if (candidate.get("taskDefinitionKey").asText().equals(key)) {
        task = candidate;
      }
    }
    assertThat(task).as(user + " sees task " + key + " of " + caseId + " (sees " + visibleTasks(user, caseId) + ")")
        .isNotNull();
    String id = task.get("id").asText();
    HttpResponse<String> form = http.get("/engine-rest/task/" + id + "/deployed-form", user);
    assertThat(form.statusCode()).as("the Camunda form of " + key + ": " + form.body()).isEqualTo(200);
    HttpResponse<String> claim = http.postJson("/engine-rest/task/" + id + "/claim", user,
        json.createObjectNode().put("userId", user).toString());
    assertThat(claim.statusCode()).as("claim " + key + ": " + claim.body()).isEqualTo(204);
    ObjectNode submitted = json.createObjectNode();
    ObjectNode values = submitted.putObject("variables");
    Map<String, Object> complete = new LinkedHashMap<>(variables);
    complete.putAll(TasklistBodies.requiredLeftOut(form.body(), variables, formVariables(user, id)));
    complete.forEach((name, value) -> {
      ObjectNode variable = values.putObject(name);
      if (value instanceof List<?>) {
        // a checklist: Tasklist submits it as a Json variable
        variable.put("value", json.valueToTree(value).toString()).put("type", "Json");
      } else {
        variable.set("value", json.valueToTree(value));
      }
    });
    HttpResponse<String> submit = http.postJson("/engine-rest/task/" + id + "/submit-form", user, submitted.toString());
    assertThat(submit.statusCode()).as("submit " + key + ": " + submit.body()).isIn(200, 204);
  }

  private Map<String, Object> formVariables(String user, String taskId) {
    HttpResponse<String> response = http.get("/engine-rest/task/" + taskId + "/form-variables", user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      json.readTree(response.body()).fields().forEachRemaining(e -> values.put(e.getKey(),
          json.convertValue(e.getValue().get("value"), Object.class)));
    } catch (Exception e) {
      throw new AssertionError("unreadable form variables: " + e.getMessage(), e);
    }
    return values;
  }

  private JsonNode tasks(String user, String caseId) {
    HttpResponse<String> response = http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("unreadable task list: " + e.getMessage(), e);
    }
  }
}
