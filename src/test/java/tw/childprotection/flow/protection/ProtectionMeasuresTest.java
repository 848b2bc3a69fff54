package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;
import static tw.childprotection.flow.protection.ProtectionScenario.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;
import tw.childprotection.flow.agencies.education.SimulatedEducationAuthority;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.people.StartableInTasklist;
import tw.childprotection.flow.support.Http;
import tw.childprotection.flow.support.PlatformTest;

/**
 * 辦法 第12、13條 started on an open case by its county's social worker: from Tasklist (the start form
 * of 啟動選擇性保護處置, submitted exactly as Tasklist does) and through the case API.
 */
@PlatformTest
class ProtectionMeasuresTest {

  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");
  static final String START_FROM_TASKLIST =
      "/engine-rest/process-definition/key/protectionMeasureRequest/submit-form";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  @Autowired SimulatedEducationAuthority education;
  final ObjectMapper json = new ObjectMapper();
  ProtectionScenario s;
  Http http;

  @BeforeEach
  void init() {
    ProtectionScenario.at(RECEIVED);
    s = new ProtectionScenario(engine, numbers, registry);
    http = new Http(port);
    education.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void article12SocialWorkerStartsASchoolTransferFromTasklistOnAnOpenCaseOfHerCounty() {
    String caseId = openTpeCase();

    HttpResponse<String> started = http.postJson(START_FROM_TASKLIST, "social.tpe", startForm(caseId,
        "SCHOOL_TRANSFER"));
    s.runJobs();

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(education.received()).singleElement().satisfies(notice -> {
      assertThat(notice.caseId()).isEqualTo(caseId);
      assertThat(notice.type()).isEqualTo(SchoolNoticeType.SCHOOL_TRANSFER_REQUEST);
      assertThat(notice.identityConfidential()).isTrue();
    });
    assertThat(s.hasTask(caseId, CONFIRM_SCHOOL_TRANSFER)).isTrue();
    assertThat(s.hasTask(caseId, FAMILY_TREATMENT_PLAN)).isTrue();
  }

  @Test
  void anotherCountysSocialWorkerOrACaseNotYetOpenedIsRefusedInTasklistAndNothingStarts() {
    String caseId = openTpeCase();
    HttpResponse<String> foreign = http.postJson(START_FROM_TASKLIST, "social.khh", startForm(caseId,
        "PROTECTION_ORDER"));
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("查無您所屬縣市開案中之保護案件");

    String notOpened = s.start(report(County.TPE, RECEIVED));
    HttpResponse<String> early = http.postJson(START_FROM_TASKLIST, "social.tpe", startForm(notOpened,
        "PROTECTION_ORDER"));
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("不在開案保護服務階段");

    assertThat(s.hasTask(caseId, PREPARE_PROTECTION_ORDER)).isFalse();
    for (String refused : new String[] {caseId, notOpened}) {
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(StartableInTasklist.PROTECTION_MEASURE_REQUEST_KEY)
          .variableValueEquals("caseId", refused).count())
          .as("a refused request leaves nothing").isZero();
    }
  }

  @Test
  void article13ThroughTheCaseApiOnlyForTheCountysSocialWorkersAndOnlyOnAnOpenCase() {
    String caseId = openTpeCase();
    String path = "/api/v1/cases/" + caseId + "/protection-order";

    assertThat(http.postJson(path, "police.tpe", "{}").statusCode())
        .as("need to know: police never worked this case, so for them it is not there").isEqualTo(404);
    assertThat(http.postJson(path, "manager.tpe", "{}").statusCode()).as("sees the case, does no casework")
        .isEqualTo(403);
    assertThat(http.postJson(path, "social.khh", "{}").statusCode()).isEqualTo(404);
    assertThat(http.postJson(path, "social.tpe", "{}").statusCode()).isEqualTo(202);
    assertThat(s.task(caseId, PREPARE_PROTECTION_ORDER)).isNotNull();

    String notOpened = s.start(report(County.TPE, RECEIVED));
    assertThat(http.postJson("/api/v1/cases/" + notOpened + "/protection-order", "social.tpe", "{}").statusCode())
        .isEqualTo(409);
  }

  private String openTpeCase() {
    String caseId = s.start(report(County.TPE, RECEIVED));
    s.complete(caseId, DISPATCH);
    s.complete(caseId, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "OPEN");
    return caseId;
  }

  private String startForm(String caseId, String measure) {
    ObjectNode body = json.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    variables.putObject("caseId").put("value", caseId);
    variables.putObject("measure").put("value", measure);
    return body.toString();
  }
}
