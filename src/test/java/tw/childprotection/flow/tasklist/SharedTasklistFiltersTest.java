package tw.childprotection.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.protection.ProtectionScenario;
import tw.childprotection.flow.support.Http;
import tw.childprotection.flow.support.PlatformTest;

/** The demo's shared filters, as Tasklist runs them for each user (through /engine-rest). */
@PlatformTest
class SharedTasklistFiltersTest {

  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  final ObjectMapper json = new ObjectMapper();
  Http http;

  @BeforeEach
  void init() {
    http = new Http(port);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyDemoUserSeesTheFourSharedFilters() throws Exception {
    for (String user : List.of("social.tpe", "supervisor.tpe", "police.tpe", "cdc")) {
      JsonNode filters = json.readTree(http.get("/engine-rest/filter?resourceType=Task", user).body());
      List<String> names = new ArrayList<>();
      filters.forEach(f -> names.add(f.get("name").asText()));
      assertThat(names).as(user).contains("我的任務", "群組任務", "24小時內到期", "已逾期");
    }
  }

  @Test
  void dueWithin24HoursThenOverdueForTheRightGroupOfTheRightCountyOnly() throws Exception {
    ProcessInstance tpe = report(County.TPE);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusMinutes(5).toInstant())); // the intake social worker looks in

    assertThat(listed("24小時內到期", "social.tpe")).contains(tpe.getId());
    assertThat(listed("已逾期", "social.tpe")).doesNotContain(tpe.getId());
    assertThat(listed("24小時內到期", "police.tpe")).doesNotContain(tpe.getId()); // not police work

    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusHours(25).toInstant()));
    assertThat(listed("已逾期", "social.tpe")).contains(tpe.getId());
    assertThat(listed("24小時內到期", "social.tpe")).doesNotContain(tpe.getId());
  }

  @Test
  void groupTasksOfAnotherCountyNeverShow() throws Exception {
    ProcessInstance khh = report(County.KHH);
    assertThat(listed("群組任務", "social.tpe")).doesNotContain(khh.getId());
  }

  private List<String> listed(String filterName, String user) throws Exception {
    String id = null;
    for (JsonNode f : json.readTree(http.get("/engine-rest/filter?resourceType=Task", user).body())) {
      if (f.get("name").asText().equals(filterName)) {
        id = f.get("id").asText();
      }
    }
    assertThat(id).as("filter %s for %s", filterName, user).isNotNull();
    var response = http.postJson("/engine-rest/filter/" + id + "/list?maxResults=500", user, "{}");
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> processInstances = new ArrayList<>();
    json.readTree(response.body()).forEach(t -> processInstances.add(t.get("processInstanceId").asText()));
    return processInstances;
  }

  private ProcessInstance report(County county) {
    String caseId = new ProtectionScenario(engine, numbers, registry).start(ProtectionScenario.report(county,
        RECEIVED));
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .singleResult();
  }
}
