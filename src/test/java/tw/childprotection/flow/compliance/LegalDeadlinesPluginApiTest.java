package tw.childprotection.flow.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.CLOSURE_REVIEW;
import static tw.childprotection.flow.protection.ChildProtectionCase.DISPATCH;
import static tw.childprotection.flow.protection.ChildProtectionCase.SAFETY_ASSESSMENT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_CLOSURE_APPROVED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_POLICE_DISCOVERED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PROTECTION_DECISION;
import static tw.childprotection.flow.support.CaseScenario.at;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.CaseDeadline;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.ProtectionScenario;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.WebappUser;

/**
 * The 「法定期限」 plugin's API as Cockpit calls it, on a known set of cases in counties no other test
 * uses (澎湖縣 PEN, 金門縣 KIN) in March 2030: its figures are the registry's rows — of a closed case as
 * well as running ones — and the case API's; a county manager gets only their county's figures.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegalDeadlinesPluginApiTest extends ApiTest {

  public static final String API = "/camunda/api/cockpit/plugin/legal-deadlines/default";
  /** Monday 2030-03-04 09:00 Taipei. */
  static final OffsetDateTime T0 = OffsetDateTime.parse("2030-03-04T09:00:00+08:00");
  static final String MARCH = "?from=2030-03-01&to=2030-03-31";

  @Autowired ReportIntake intake;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;

  private final List<String> pen = new ArrayList<>();
  private final List<String> kin = new ArrayList<>();
  private String closedCase;
  private String overdueCase;
  private Instant now;

  /** Once for the class: the figures of PEN and KIN are exactly these cases'. */
  @BeforeAll
  void knownCases() {
    ProtectionScenario s = new ProtectionScenario(engine, numbers, registry);
    ReportedCases reports = new ReportedCases(intake);
    at(T0);
    closedCase = reports.report(County.PEN, 2, T0);
    overdueCase = reports.report(County.PEN, 30, T0); // known 30 h before: CP_REPORT_24H breached at once
    String kinOverdue = reports.report(County.KIN, 2, T0);
    s.runJobs();
    at(T0.plusHours(2));
    s.complete(closedCase, DISPATCH, VAR_POLICE_DISCOVERED, false);
    s.complete(closedCase, SAFETY_ASSESSMENT, VAR_PROTECTION_DECISION, "NOT_OPEN");
    s.complete(closedCase, CLOSURE_REVIEW, VAR_CLOSURE_APPROVED, true);
    at(T0.plusHours(25));
    s.fireDueTimers(overdueCase);
    s.fireDueTimers(kinOverdue);
    String dueSoon = reports.report(County.PEN, 1, T0.plusHours(25));
    s.runJobs();
    at(T0.plusHours(26));
    now = ClockUtil.getCurrentTime().toInstant();
    pen.addAll(List.of(closedCase, overdueCase, dueSoon));
    kin.add(kinOverdue);
    assertThat(s.isEnded(closedCase)).as("one of the cases is closed").isTrue();
  }

  @BeforeEach
  void clockAfterTheCases() {
    at(T0.plusHours(26));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void figuresPerCountyAreTheRegistrysRowsOfRunningAndClosedCasesAndAgreeWithTheCaseApi() throws Exception {
    JsonNode summary = summary(WebappUser.as(port, "cockpit", "admin"), MARCH);

    for (var county : List.of(new Object[] {"PEN", pen}, new Object[] {"KIN", kin})) {
      @SuppressWarnings("unchecked")
      List<String> cases = (List<String>) county[1];
      JsonNode row = countyRow(summary, (String) county[0]);
      Expected expected = expected(cases);
      assertThat(row.get("figures").get("pending").asLong()).as(county[0] + " pending").isEqualTo(expected.pending);
      assertThat(row.get("figures").get("dueWithin24h").asLong()).isEqualTo(expected.dueSoon);
      assertThat(row.get("figures").get("met").asLong()).as(county[0] + " met").isEqualTo(expected.met);
      assertThat(row.get("figures").get("breached").asLong()).as(county[0] + " breached").isEqualTo(expected.breached);
      assertThat(fromCaseApi(cases)).as("the case API lists the same statuses").isEqualTo(expected);
    }
    Expected penExpected = expected(pen);
    assertThat(penExpected.met).as("the closed case's deadlines count").isGreaterThanOrEqualTo(3);
    assertThat(penExpected.breached).isGreaterThanOrEqualTo(2);
    assertThat(penExpected.dueSoon).isEqualTo(1);
    JsonNode penRow = countyRow(summary, "PEN");
    assertThat(penRow.get("figures").get("complianceRate").asDouble())
        .isEqualTo((double) penExpected.met / (penExpected.met + penExpected.breached));
    assertThat(penRow.get("name").asText()).isEqualTo("澎湖縣");
    assertThat(caseIds(summary.get("overdue"))).contains(overdueCase, kin.get(0)).doesNotContain(closedCase);
  }

  @Test
  void aCountyManagerGetsOnlyTheirCountysFiguresAndCases() throws Exception {
    String tpeCase = new ReportedCases(intake).report(County.TPE, 30, T0.plusHours(26));
    JsonNode summary = summary(WebappUser.as(port, "cockpit", "manager.tpe"), MARCH);

    assertThat(summary.get("counties")).hasSize(1);
    assertThat(summary.get("counties").get(0).asText()).isEqualTo("TPE");
    assertThat(summary.get("byCounty")).as("no county-by-county table for one county").isEmpty();
    // no other county's code as a value, nor its case numbers ("PENDING" is a status, not Penghu)
    assertThat(summary.toString()).doesNotContain("\"PEN\"", "-PEN-", "\"KIN\"", "-KIN-");
    assertThat(caseIds(summary.get("overdue"))).doesNotContainAnyElementsOf(pen).doesNotContainAnyElementsOf(kin);
    assertThat(StreamSupport.stream(summary.get("overdue").spliterator(), false))
        .allSatisfy(d -> assertThat(d.get("county").asText()).isEqualTo("TPE"));
    JsonNode code = StreamSupport.stream(summary.get("codes").spliterator(), false)
        .filter(c -> c.get("code").asText().equals("CP_REPORT_24H")).findFirst().orElseThrow();
    assertThat(code.get("basis").asText()).isEqualTo("兒童及少年保護通報及處理辦法 第2條");
    assertThat(code.get("label").asText()).contains("24小時");
    assertThat(code.get("figures").get("breached").asLong()).as("the TPE report filed late").isPositive();

    WebappUser manager = WebappUser.as(port, "cockpit", "manager.tpe");
    assertThat(manager.get(API + "/cases/" + tpeCase).statusCode()).isEqualTo(200);
    HttpResponse<String> other = manager.get(API + "/cases/" + overdueCase);
    assertThat(other.statusCode()).as("another county's case does not exist for them").isEqualTo(404);
    assertThat(other.body()).doesNotContain(overdueCase.substring(3)).contains("NOT_FOUND");
  }

  @Test
  void aClosedCaseIsShownWithTheSameDeadlinesAsTheCaseApi() throws Exception {
    JsonNode plugin = json.readTree(WebappUser.as(port, "cockpit", "admin").get(API + "/cases/" + closedCase).body());
    JsonNode api = json.readTree(http.get("/api/v1/cases/" + closedCase, "admin").body());

    assertThat(plugin.get("status").asText()).isEqualTo("CLOSED").isEqualTo(api.get("status").asText());
    assertThat(plugin.get("county").asText()).isEqualTo("PEN");
    assertThat(plugin.get("deadlines")).hasSameSizeAs(api.get("deadlines"));
    for (int i = 0; i < api.get("deadlines").size(); i++) {
      assertThat(plugin.get("deadlines").get(i).get("code")).isEqualTo(api.get("deadlines").get(i).get("code"));
      assertThat(plugin.get("deadlines").get(i).get("status")).isEqualTo(api.get("deadlines").get(i).get("status"));
    }
  }

  @Test
  void workloadCountsOpenAndOverdueTasksPerGroupOfTheCounty() throws Exception {
    JsonNode workload = json.readTree(WebappUser.as(port, "cockpit", "admin").get(API + "/workload").body());
    JsonNode penSocial = StreamSupport.stream(workload.get("groups").spliterator(), false)
        .filter(g -> g.get("county").asText().equals("PEN") && g.get("groupId").asText().equals("social-worker"))
        .findFirst().orElseThrow();
    long open = engine.getTaskService().createTaskQuery().tenantIdIn("PEN").taskCandidateGroup("social-worker")
        .includeAssignedTasks().count();
    long overdue = engine.getTaskService().createTaskQuery().tenantIdIn("PEN").taskCandidateGroup("social-worker")
        .includeAssignedTasks().dueBefore(ClockUtil.getCurrentTime()).count();
    assertThat(penSocial.get("open").asLong()).isEqualTo(open).isPositive();
    assertThat(penSocial.get("overdue").asLong()).isEqualTo(overdue).isPositive();
    assertThat(penSocial.get("name").asText()).isEqualTo("社工人員");

    JsonNode tpeOnly = json.readTree(WebappUser.as(port, "cockpit", "manager.tpe").get(API + "/workload").body());
    assertThat(tpeOnly.toString()).doesNotContain("\"PEN\"").doesNotContain("\"KIN\"");
  }

  @Test
  void onlyCockpitUsersReadTheFiguresAndBadDatesAreRefusedInBothLanguages() throws Exception {
    WebappUser socialWorker = WebappUser.as(port, "tasklist", "social.tpe");
    assertThat(socialWorker.loginStatus()).isEqualTo(200);
    assertThat(socialWorker.get(API + "/summary").statusCode()).isEqualTo(403);
    assertThat(http.get(API + "/summary", null).statusCode()).isEqualTo(401);

    HttpResponse<String> bad = WebappUser.as(port, "cockpit", "manager.tpe").get(API + "/summary?from=2030-13-01");
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(bad.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("from");
    assertThat(error.get("messageZh").asText()).contains("日期");
  }

  private JsonNode summary(WebappUser login, String query) throws Exception {
    assertThat(login.loginStatus()).isEqualTo(200);
    HttpResponse<String> response = login.get(API + "/summary" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode countyRow(JsonNode summary, String county) {
    return StreamSupport.stream(summary.get("byCounty").spliterator(), false)
        .filter(c -> c.get("county").asText().equals(county)).findFirst().orElseThrow();
  }

  private static List<String> caseIds(JsonNode overdue) {
    return StreamSupport.stream(overdue.spliterator(), false).map(d -> d.get("caseId").asText()).toList();
  }

  /** The registry's rows of these cases, counted as the plugin defines its figures. */
  private Expected expected(List<String> cases) {
    List<CaseDeadline> rows = cases.stream().flatMap(c -> registry.forCase(c).stream()).toList();
    Instant from = OffsetDateTime.parse("2030-03-01T00:00:00+08:00").toInstant();
    Instant to = OffsetDateTime.parse("2030-04-01T00:00:00+08:00").toInstant();
    return new Expected(
        rows.stream().filter(d -> d.status() == DeadlineStatus.PENDING).count(),
        rows.stream().filter(d -> d.status() == DeadlineStatus.PENDING && !d.dueAt().isBefore(now)
            && d.dueAt().isBefore(now.plusSeconds(24 * 3600))).count(),
        rows.stream().filter(d -> d.status() == DeadlineStatus.MET && !d.completedAt().isBefore(from)
            && d.completedAt().isBefore(to)).count(),
        rows.stream().filter(d -> d.status() == DeadlineStatus.BREACHED && !d.breachedAt().isBefore(from)
            && d.breachedAt().isBefore(to)).count());
  }

  private record Expected(long pending, long dueSoon, long met, long breached) {
  }

  private Expected fromCaseApi(List<String> cases) throws Exception {
    long pending = 0;
    long met = 0;
    long breached = 0;
    for (String caseId : cases) {
      for (JsonNode d : json.readTree(http.get("/api/v1/cases/" + caseId, "admin").body()).get("deadlines")) {
        switch (d.get("status").asText()) {
          case "PENDING" -> pending++;
          case "MET" -> met++;
          default -> breached++;
        }
      }
    }
    return new Expected(pending, expected(cases).dueSoon, met, breached);
  }
}
