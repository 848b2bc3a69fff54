package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.DISPATCH;
import static tw.childprotection.flow.protection.ChildProtectionCase.MSG_PROTECTION_ORDER;
import static tw.childprotection.flow.protection.ChildProtectionCase.PREPARE_PROTECTION_ORDER;
import static tw.childprotection.flow.protection.ChildProtectionCase.SAFETY_ASSESSMENT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PROTECTION_DECISION;
import static tw.childprotection.flow.protection.ProtectionScenario.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.ProtectionScenario;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12: {@code POST /engine-rest/signal} and {@code /engine-rest/message} let any county user fire
 * signals and messages: a signal reaches every county's instances and the national processes waiting for it,
 * a message starts work in a case (a protection order, 辦法 第13條) outside the case API's checks. Nothing of
 * ours sends them through the REST API; they are for administrators, refused before the engine is asked.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class SignalsAndMessagesAttackTest extends ApiTest {

  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  ProtectionScenario s;
  String khhCase;

  @BeforeEach
  void anOpenKaohsiungCase() {
    ProtectionScenario.at(OffsetDateTime.parse("2026-11-19T10:00:00+08:00"));
    s = new ProtectionScenario(engine, numbers, registry);
    khhCase = s.start(report(County.KHH, OffsetDateTime.parse("2026-11-19T10:00:00+08:00")));
    s.complete(khhCase, DISPATCH);
    s.complete(khhCase, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTaipeiUserCannotCorrelateAMessageIntoAKaohsiungCaseHoweverItNamesTheCounty(CapturedOutput log)
      throws Exception {
    String message = "{\"messageName\":\"" + MSG_PROTECTION_ORDER + "\",\"businessKey\":\"" + khhCase + "\"";
    assertForbidden(http.postJson("/engine-rest/message", "social.tpe", message + "}"));
    assertForbidden(http.postJson("/engine-rest/message", "social.tpe", message + ",\"tenantId\":\"KHH\"}"));
    assertForbidden(http.postJson("/engine-rest/message", "supervisor.tpe", message + ",\"withoutTenantId\":true}"));
    assertForbidden(http.postJson("/engine-rest/message", "social.khh", message + ",\"all\":true}"));

    assertThat(s.hasTask(khhCase, PREPARE_PROTECTION_ORDER)).isFalse();
    assertThat(log.getAll()).contains("Refused 403 POST /engine-rest/message for social.tpe");
  }

  @Test
  void aSubscriptionOfAnExecutionIsNotTriggeredNorAnExecutionSignalledByAWorker() throws Exception {
    String execution = engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(khhCase)
        .messageEventSubscriptionName(MSG_PROTECTION_ORDER).singleResult().getId();
    assertForbidden(http.postJson("/engine-rest/execution/" + execution + "/messageSubscriptions/"
        + MSG_PROTECTION_ORDER + "/trigger", "social.khh", "{}"));
    assertForbidden(http.postJson("/engine-rest/execution/" + execution + "/signal", "social.khh", "{}"));
    assertThat(s.hasTask(khhCase, PREPARE_PROTECTION_ORDER)).isFalse();
  }

  @Test
  void noCountyUserBroadcastsASignal() throws Exception {
    for (String user : new String[] {"police.tpe", "social.khh", "manager.tpe", "cdc"}) {
      assertForbidden(http.postJson("/engine-rest/signal", user, "{\"name\":\"anything\"}"));
    }
  }

  @Test
  void norThroughTheWebappsEngineApi() throws Exception {
    WebappSession tasklist = WebappSession.login(port, "tasklist", "social.tpe");
    assertForbidden(tasklist.send("POST", "/camunda/api/engine/engine/default/signal", "{\"name\":\"anything\"}"));
    assertForbidden(tasklist.send("POST", "/camunda/api/engine/engine/default/message",
        "{\"messageName\":\"" + MSG_PROTECTION_ORDER + "\",\"businessKey\":\"" + khhCase + "\"}"));
    assertThat(s.hasTask(khhCase, PREPARE_PROTECTION_ORDER)).isFalse();
  }

  @Test
  void anAdministratorStillSendsThem() {
    HttpResponse<String> signal = http.postJson("/engine-rest/signal", "admin", "{\"name\":\"nobodyWaits\"}");
    assertThat(signal.statusCode()).as(signal.body()).isEqualTo(204);
    HttpResponse<String> message = http.postJson("/engine-rest/message", "admin",
        "{\"messageName\":\"" + MSG_PROTECTION_ORDER + "\",\"businessKey\":\"" + khhCase + "\"}");
    assertThat(message.statusCode()).as(message.body()).isEqualTo(204);
    assertThat(s.hasTask(khhCase, PREPARE_PROTECTION_ORDER)).isTrue();
  }

  private void assertForbidden(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(error.get("messageZh").asText()).isNotBlank();
  }
}
