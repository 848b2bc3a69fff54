package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Issue 12, hole 6: cross-county reads and writes that Camunda wraps in its own exceptions, and every
 * refusal on the webapps' engine API, answered 500 with the engine's text, each logged as an ERROR
 * with a full stack trace. Each is now a 403 in the contract's shape, changes nothing, and is logged
 * as one line.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalsAttackTest extends ApiTest {

  @Autowired CaseNumbers numbers;
  ProcessInstance khhCase;
  Task khhTask;

  @BeforeEach
  void aKaohsiungCase() {
    khhCase = FixtureCases.start(engine, numbers, County.KHH);
    khhTask = engine.getTaskService().createTaskQuery().processInstanceId(khhCase.getId()).singleResult();
  }

  List<String[]> attacks() {
    String pi = "/process-instance/" + khhCase.getId();
    String task = "/task/" + khhTask.getId();
    String variable = "{\"value\":\"TPE\",\"type\":\"String\"}";
    return List.of(
        new String[] {"GET", pi + "/variables", null},
        new String[] {"GET", pi + "/variables/county", null},
        new String[] {"GET", pi + "/variables/county/data", null},
        new String[] {"GET", pi + "/activity-instances", null},
        new String[] {"GET", task + "/variables/county", null},
        new String[] {"GET", task + "/form-variables", null},
        new String[] {"GET", "/execution/" + khhCase.getId() + "/localVariables", null},
        new String[] {"POST", task + "/claim", "{\"userId\":\"social.tpe\"}"},
        new String[] {"POST", task + "/complete", "{}"},
        new String[] {"POST", task + "/submit-form", "{}"},
        new String[] {"PUT", task + "/variables/county", variable},
        new String[] {"PUT", pi + "/variables/county", variable},
        new String[] {"POST", pi + "/variables", "{\"modifications\":{\"county\":" + variable + "}}"},
        new String[] {"DELETE", pi + "/variables/county", null},
        new String[] {"POST", "/execution/" + khhCase.getId() + "/localVariables",
            "{\"modifications\":{\"county\":" + variable + "}}"},
        new String[] {"PUT", pi + "/suspended", "{\"suspended\":true}"},
        new String[] {"DELETE", pi, null});
  }

  @Test
  void throughEngineRestEveryRefusalIs403InTheContractShapeAndOneLogLine(CapturedOutput log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String token = Base64.getEncoder().encodeToString("social.tpe:demo".getBytes(StandardCharsets.UTF_8));
    for (String[] attack : attacks()) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest"
          + attack[1])).header("Authorization", "Basic " + token).header("Accept", "application/json")
          .header("Content-Type", "application/json")
          .method(attack[0], attack[2] == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(attack[2], StandardCharsets.UTF_8));
      assertRefused(attack, client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }
    assertNothingChanged();
    assertLoggedAsOneLineEach(log);
  }

  @Test
  void throughTheWebappsEngineApiEveryRefusalIs403Too(CapturedOutput log) throws Exception {
    WebappSession tasklist = WebappSession.login(port, "tasklist", "social.tpe");
    for (String[] attack : attacks()) {
      assertRefused(attack, tasklist.send(attack[0], "/camunda/api/engine/engine/default" + attack[1], attack[2]));
    }
    assertNothingChanged();
    assertLoggedAsOneLineEach(log);
  }

  private void assertRefused(String[] attack, HttpResponse<String> response) throws Exception {
    String what = attack[0] + " " + attack[1];
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("code").asText()).as(what).isEqualTo("FORBIDDEN");
    assertThat(error.get("messageZh").asText()).as(what).contains("其他直轄市、縣(市)");
    assertThat(response.body()).as(what).doesNotContain("ENGINE-").doesNotContain(khhCase.getBusinessKey());
  }

  private void assertNothingChanged() {
    Map<String, Object> variables = engine.getRuntimeService().getVariables(khhCase.getId());
    assertThat(variables).containsEntry("county", "KHH");
    Task task = engine.getTaskService().createTaskQuery().taskId(khhTask.getId()).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(khhCase.getId())
        .singleResult().isSuspended()).isFalse();
  }

  private void assertLoggedAsOneLineEach(CapturedOutput log) {
    assertThat(log.getAll()).doesNotContain("ENGINE-13034").doesNotContain("\tat org.camunda");
    long lines = log.getAll().lines().filter(line -> line.contains("Refused 403")).count();
    assertThat(lines).isEqualTo(attacks().size());
  }
}
