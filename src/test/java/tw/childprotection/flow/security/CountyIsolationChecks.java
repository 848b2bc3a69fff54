package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.FixtureCases;
import tw.childprotection.flow.support.Http;

/**
 * Authentication everywhere and counties kept apart (CONTRACT §2–3), through both HTTP APIs exactly
 * as a client calls them. Run on H2 and on PostgreSQL.
 */
abstract class CountyIsolationChecks {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  final ObjectMapper json = new ObjectMapper();
  Http http;
  ProcessInstance tpeCase;
  ProcessInstance khhCase;

  @BeforeEach
  void twoCasesInTwoCounties() {
    http = new Http(port);
    tpeCase = FixtureCases.start(engine, numbers, County.TPE);
    khhCase = FixtureCases.start(engine, numbers, County.KHH);
  }

  @Test
  void withoutCredentialsBothApisAnswer401() {
    assertThat(http.get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/cases/x", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/cases/" + tpeCase.getBusinessKey(), null).statusCode()).isEqualTo(401);
  }

  @Test
  void aTaipeiSocialWorkerSeesItsCaseButNotKaohsiungs() throws Exception {
    HttpResponse<String> own = http.get("/api/v1/cases/" + tpeCase.getBusinessKey(), "social.tpe");
    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode view = json.readTree(own.body());
    assertThat(view.get("caseId").asText()).isEqualTo(tpeCase.getBusinessKey());
    assertThat(view.get("kind").asText()).isEqualTo("PROTECTION");
    assertThat(view.get("county").asText()).isEqualTo("TPE");
    assertThat(view.get("status").asText()).isEqualTo("OPEN");
    assertThat(view.get("openTasks").get(0).get("candidateGroup").asText()).isEqualTo("social-worker");
    assertThat(view.get("openTasks").get(0).get("due").asText()).endsWith("+08:00");
    assertThat(view.get("deadlines").get(0).get("code").asText()).isEqualTo("CP_DISPATCH_24H");
    assertThat(view.get("deadlines").get(0).get("status").asText()).isEqualTo("PENDING");

    HttpResponse<String> foreign = http.get("/api/v1/cases/" + khhCase.getBusinessKey(), "social.tpe");
    assertThat(foreign.statusCode()).isIn(403, 404);
    assertThat(foreign.body()).doesNotContain("KHH\",").doesNotContain("openTasks");
  }

  @Test
  void throughTheEngineApiATaipeiUserSeesNoKaohsiungTask() throws Exception {
    assertThat(taskCount("social.tpe", khhCase)).isZero();
    assertThat(taskCount("social.tpe", tpeCase)).isEqualTo(1);
    assertThat(taskCount("social.khh", tpeCase)).isZero();
    assertThat(taskCount("social.khh", khhCase)).isEqualTo(1);
  }

  @Test
  void aNationalAgencySeesEveryCounty() throws Exception {
    assertThat(taskCount("cdc", tpeCase)).isEqualTo(1);
    assertThat(taskCount("cdc", khhCase)).isEqualTo(1);
    assertThat(http.get("/api/v1/cases/" + khhCase.getBusinessKey(), "cdc").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/cases/" + tpeCase.getBusinessKey(), "cdc").statusCode()).isEqualTo(200);
  }

  @Test
  void throughTheEngineApiATaipeiUserReadsNoKaohsiungInstanceVariableOrHistory() throws Exception {
    for (String path : new String[] {"/engine-rest/process-instance?businessKey=%s",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=%s",
        "/engine-rest/history/activity-instance?processInstanceId=%s",
        "/engine-rest/variable-instance?processInstanceIdIn=%s",
        "/engine-rest/history/variable-instance?processInstanceId=%s"}) {
      assertThat(size(path, "social.tpe", khhCase)).as(path + " of the KHH case, as social.tpe").isZero();
      assertThat(size(path, "social.tpe", tpeCase)).as(path + " of the TPE case, as social.tpe").isPositive();
      assertThat(size(path, "cdc", khhCase)).as(path + " of the KHH case, as cdc").isPositive();
    }
    HttpResponse<String> byId = http.get("/engine-rest/process-instance/" + khhCase.getId() + "/variables",
        "social.tpe");
    assertThat(byId.statusCode()).as("a refusal, not a server fault: " + byId.body()).isEqualTo(403);
    assertThat(byId.body()).contains("其他直轄市、縣(市)").doesNotContain(khhCase.getBusinessKey());
    HttpResponse<String> missing = http.get("/engine-rest/process-instance/not-an-instance/variables", "social.tpe");
    assertThat(missing.statusCode()).as("other engine errors keep Camunda's own answer").isNotEqualTo(403);
    assertThat(missing.body()).contains("NullValueException");
  }

  @Test
  void inCockpitATaipeiManagerSeesTaipeiCasesAndNoneOfKaohsiung() throws Exception {
    WebappSession cockpit = WebappSession.login(port, "cockpit", "manager.tpe");
    String instances = "/camunda/api/engine/engine/default/history/process-instance?processInstanceBusinessKey=";

    assertThat(json.readTree(cockpit.get(instances + tpeCase.getBusinessKey())).size()).isEqualTo(1);
    assertThat(json.readTree(cockpit.get(instances + khhCase.getBusinessKey())).size()).isZero();
    assertThat(cockpit.get("/camunda/api/engine/engine/default/process-instance/" + khhCase.getId()))
        .doesNotContain(khhCase.getBusinessKey());
  }

  @Test
  void aCaseworkerMayNotAdministerUsers() {
    HttpResponse<String> response = http.postJson("/engine-rest/user/create", "social.tpe",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void aMalformedCaseIdIsA400NamingTheFieldInBothLanguages() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/cases/x", "social.tpe");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("caseId");
    assertThat(error.get("code").asText()).isEqualTo("INVALID_FORMAT");
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.get("messageZh").asText()).contains("格式");
  }

  private int size(String pathTemplate, String user, ProcessInstance pi) throws Exception {
    String path = String.format(pathTemplate,
        pathTemplate.contains("businessKey=") || pathTemplate.contains("BusinessKey=") ? pi.getBusinessKey()
            : pi.getId());
    HttpResponse<String> response = http.get(path, user);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body()).size();
  }

  private int taskCount(String user, ProcessInstance pi) throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/task?processInstanceId=" + pi.getId(), user);
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body()).size();
  }
}
