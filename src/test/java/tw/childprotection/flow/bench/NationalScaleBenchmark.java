package tw.childprotection.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.Http;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.PostgresPlatformTest;

/**
 * The national-scale figures of docs/benchmarks.md in one run, on PostgreSQL with the job executor on:
 * intake beside a bare start→user-task process (the ratio), deadline timers beside bare timers, a
 * county social worker's 群組任務 list at national volume, the case view, database bytes per closed
 * case and heap. Never part of {@code ./mvnw verify}: {@code ./mvnw -Pbench verify} runs it (see
 * docs/benchmarks.md for the knobs) and prints the table, also written to {@code target/bench-results.md}.
 * It measures; it asserts only that the work it timed really happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "bench"})
@ContextConfiguration(initializers = PostgresPlatformTest.Database.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalScaleBenchmark {

  /** Requests per intake measurement (each of 1 and 4 threads, each of report, referral and bare). */
  private static final int INTAKE_N = Integer.getInteger("bench.intake", 400);
  /** Deadline timers due at once, and as many bare timers. */
  private static final int TIMERS_N = Integer.getInteger("bench.timers", 10_000);
  /** Open tasks over the 22 counties before the task list is measured. */
  private static final int OPEN_TASKS = Integer.getInteger("bench.openTasks", 100_000);
  /** With more than 0, the open tasks are filled a share through intake and the rest as copies of theirs. */
  private static final int COPIES = Integer.getInteger("bench.copies", 0);
  /** Samples per latency figure. */
  private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
  /** Cases driven to closure to weigh a closed case in the database. */
  private static final int CLOSED_N = Integer.getInteger("bench.closed", 300);
  /** Closed cases copied into history before the search is measured: about four years of reports. */
  private static final int HISTORY_N = Integer.getInteger("bench.history", 300_000);

  /** Rounds in which the intake kinds take turns. */
  private static final int ROUNDS = 8;
  private static final String BARE_TASK = "benchBareTask";
  private static final String BARE_TIMER = "benchBareTimer";
  /**
   * The engine's part of a protection report and nothing of ours: the report's own variables, the registration
   * as an asynchronous step beside the dispatch task, the dispatch deadline as a timer (辦法 第2–4條). No check,
   * no Art. 14 decision, no case number, no registry row, no agency call: what any implementation of the model
   * on this engine at full history must do at the least.
   */
  private static final String BARE_REPORT_SHAPE = "benchReportShape";
  /** The shape taken apart: its variables on the bare start → task, and its flow with the bare start's one. */
  private static final String BARE_REPORT_VARIABLES = "benchReportVariables";
  private static final String BARE_REPORT_FLOW = "benchReportFlow";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
      .withZone(ZoneOffset.UTC);

  @Autowired ProcessEngine engine;
  @Autowired ReportIntake reports;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  private Http http;
  /** The database's upkeep as production's PostgreSQL does it, where this machine's does not. */
  private AutovacuumStandIn autovacuum;
  private final List<String[]> rows = new ArrayList<>();
  private final AtomicInteger serial = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

  @BeforeAll
  void deployBareProcesses() {
    http = new Http(port);
    autovacuum = AutovacuumStandIn.start(dataSource);
    BpmnModelInstance task = Bpmn.createExecutableProcess(BARE_TASK).camundaHistoryTimeToLive(30)
        .startEvent().userTask("work").camundaCandidateGroups("social-worker").endEvent().done();
    BpmnModelInstance timer = Bpmn.createExecutableProcess(BARE_TIMER).camundaHistoryTimeToLive(30)
        .startEvent().intermediateCatchEvent("wait").timerWithDuration("PT24H").endEvent().done();
    BpmnModelInstance shape = Bpmn.createExecutableProcess(BARE_REPORT_SHAPE).camundaHistoryTimeToLive(30)
        .startEvent().parallelGateway("fork")
        .serviceTask("register").camundaAsyncBefore()
        .camundaExpression("${execution.setVariable('registerReference', 'PIS-0')}").endEvent("registered")
        .moveToNode("fork").userTask("dispatch").camundaCandidateGroups("social-worker")
        .boundaryEvent("dispatchLate").cancelActivity(false).timerWithDuration("PT24H").endEvent("lateNoted")
        .moveToActivity("dispatch").endEvent("dispatched").done();
    engine.getRepositoryService().createDeployment().name("bench")
        .addModelInstance(BARE_TASK + ".bpmn", task).addModelInstance(BARE_TIMER + ".bpmn", timer)
        .addModelInstance(BARE_REPORT_SHAPE + ".bpmn", shape)
        .addModelInstance(BARE_REPORT_VARIABLES + ".bpmn", copy(task, BARE_TASK, BARE_REPORT_VARIABLES))
        .addModelInstance(BARE_REPORT_FLOW + ".bpmn", copy(shape, BARE_REPORT_SHAPE, BARE_REPORT_FLOW)).deploy();
  }

  /** The same diagram as another process: a kind started with other variables, measured apart. */
  private static BpmnModelInstance copy(BpmnModelInstance model, String processId, String newProcessId) {
    BpmnModelInstance copy = model.clone();
    copy.<Process>getModelElementById(processId).setId(newProcessId);
    return copy;
  }

  @AfterAll
  void printTable() throws IOException {
    autovacuum.close();
    record(new String[] {"database upkeep", autovacuum.summary(), "", ""});
    System.gc();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    record(new String[] {"heap after the run (after GC)", mib(heap), "", ""});
    StringBuilder table = new StringBuilder("| figure | measured | beside | ratio / target |\n|---|---|---|---|\n");
    rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
    System.out.println("\n== National-scale benchmark (" + OffsetDateTime.now() + ")\n" + table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/bench-results.md"), table.toString());
  }

  @Test
  @Order(1)
  void intakeBesideBareEngine() throws Exception {
    for (int threads : new int[] {1, 4}) {
      // the kinds take turns in rounds, so a change in the machine's load falls on each alike
      double[] rates = interleaved(threads,
          i -> http.postJson("/engine-rest/process-definition/key/" + BARE_TASK + "/start", "admin",
              bareStartJson("bench-" + i)).statusCode(),
          i -> http.postJson("/api/v1/protection/reports", "police.tpe", reportJson(County.TPE)).statusCode(),
          i -> http.postJson("/api/v1/active-care/referrals", "household.tpe", referralJson()).statusCode(),
          i -> http.postJson("/engine-rest/process-definition/key/" + BARE_REPORT_SHAPE + "/start", "admin",
              reportShapeJson("bench-shape-" + i)).statusCode(),
          i -> http.postJson("/engine-rest/process-definition/key/" + BARE_REPORT_VARIABLES + "/start", "admin",
              reportShapeJson("bench-vars-" + i)).statusCode(),
          i -> http.postJson("/engine-rest/process-definition/key/" + BARE_REPORT_FLOW + "/start", "admin",
              bareStartJson("bench-flow-" + i)).statusCode());
      double bare = rates[0];
      record(new String[] {"intake, protection report, " + threads + " thread(s)", perSecond(rates[1]),
          "bare " + perSecond(bare), ratio(rates[1], bare) + " (≥ 0.70)"});
      record(new String[] {"intake, birth-registration referral, " + threads + " thread(s)", perSecond(rates[2]),
          "bare " + perSecond(bare), ratio(rates[2], bare) + " (≥ 0.70)"});
      record(new String[] {"intake, a report's engine work alone (" + BARE_REPORT_SHAPE + "), " + threads
          + " thread(s)", perSecond(rates[3]), "bare " + perSecond(bare), ratio(rates[3], bare)
          + " (what the report's ratio can reach at most)"});
      record(new String[] {"  its " + reportVariables().size() + " variables alone, on the bare start → task, "
          + threads + " thread(s)", perSecond(rates[4]), "bare " + perSecond(bare), ratio(rates[4], bare)});
      record(new String[] {"  its flow alone (fork, async registration, task with 24 h timer), one variable, "
          + threads + " thread(s)", perSecond(rates[5]), "bare " + perSecond(bare), ratio(rates[5], bare)});
    }
    // the engine's smallest transaction without HTTP, on the national year's 3 threads: what that year's
    // ~600 000 transactions could run at, at best, on this machine (docs/benchmarks.md, the national year)
    int n = INTAKE_N * 4;
    long started = System.nanoTime();
    parallel(n, 3, i -> engine.getRuntimeService().startProcessInstanceByKey(BARE_TASK, "bench-in-" + i,
        Map.of("county", "TPE")));
    double inProcess = n / ((System.nanoTime() - started) / 1e9);
    record(new String[] {"bare start → task in process (RuntimeService), 3 threads", perSecond(inProcess), "",
        "a national year's transactions at best"});
  }

  @Test
  @Order(2)
  void deadlineTimersBesideBareTimers() throws Exception {
    // bare timers first, all due at the same moment: the engine's own speed on this machine and database
    OffsetDateTime t0 = OffsetDateTime.now().withNano(0);
    ClockUtil.setCurrentTime(Date.from(t0.toInstant()));
    parallel(TIMERS_N, 2, i -> engine.getRuntimeService().startProcessInstanceByKey(BARE_TIMER, "bench-t-" + i,
        Map.of("county", County.values()[i % County.values().length].code())));
    // the instances arrive at once, not over a day: let autovacuum's next visit see them before the timing
    autovacuum.now();
    ClockUtil.setCurrentTime(Date.from(t0.plusHours(25).toInstant()));
    long started = System.nanoTime();
    String bareDone = "SELECT count(*) FROM act_hi_procinst p JOIN act_re_procdef d ON p.proc_def_id_ = d.id_"
        + " WHERE d.key_ = '" + BARE_TIMER + "' AND p.end_time_ IS NOT NULL";
    double bare = waitUntil(() -> count(bareDone) >= TIMERS_N, started);

    // then the dispatch deadlines (CP_DISPATCH_24H, 辦法 第4條) of as many fresh reports, due at one moment
    OffsetDateTime t1 = t0.plusDays(2);
    ClockUtil.setCurrentTime(Date.from(t1.toInstant()));
    String breached = "SELECT count(*) FROM cpf_case_deadline WHERE code = '" + DeadlineCode.CP_DISPATCH_24H
        + "' AND status = 'BREACHED'";
    long breachedBefore = count(breached);
    parallel(TIMERS_N, 2, i -> reports.receive(request(County.values()[i % County.values().length],
        t1.minusHours(1)), "bench"));
    autovacuum.now();
    ClockUtil.setCurrentTime(Date.from(t1.plusHours(25).toInstant()));
    started = System.nanoTime();
    double deadlines = waitUntil(() -> count(breached) - breachedBefore >= TIMERS_N, started);
    ClockUtil.reset();
    record(new String[] {TIMERS_N + " deadline timers due at once, fired and recorded BREACHED",
        seconds(deadlines), "bare timers " + seconds(bare), ratio(bare, deadlines) + " (≥ 0.80)"});
  }

  @Test
  @Order(3)
  void taskListCaseViewAndSearchAtNationalVolume() throws Exception {
    long open = engine.getTaskService().createTaskQuery().count();
    // reports create one task each (dispatch); fill up to OPEN_TASKS over the 22 counties, through intake
    // all of them, or with bench.copies a share of them and the rest as copies of their tasks
    int missing = (int) Math.max(0, OPEN_TASKS / (COPIES + 1) - open);
    OffsetDateTime now = OffsetDateTime.now();
    parallel(missing, 2, i -> reports.receive(request(County.values()[i % County.values().length],
        now.minusHours(1 + i % 20)), "bench"));
    // as many copies as bring the open tasks (those of the earlier measurements too) nearest OPEN_TASKS
    open = engine.getTaskService().createTaskQuery().count();
    long copies = COPIES > 0 ? Math.max(0, Math.round((double) OPEN_TASKS / open) - 1) : 0;
    if (copies > 0) {
      copyOpenTasks((int) copies);
    }
    // the copies arrive at once, not over months: let autovacuum's next visit see them before measuring
    autovacuum.now();
    open = engine.getTaskService().createTaskQuery().count();
    long tpe = engine.getTaskService().createTaskQuery().tenantIdIn("TPE").count();
    Filter group = engine.getFilterService().createFilterQuery().filterName("群組任務").singleResult();
    String list = "/engine-rest/filter/" + group.getId()
        + "/list?firstResult=0&maxResults=15&sortBy=dueDate&sortOrder=asc";
    String countPath = "/engine-rest/filter/" + group.getId() + "/count";
    record(latency("群組任務 first page by due date, social.tpe, " + open + " open tasks (" + tpe + " in TPE)",
        () -> http.get(list, "social.tpe").statusCode(), "p95 < 100 ms"));
    record(latency("群組任務 count, social.tpe", () -> http.get(countPath, "social.tpe").statusCode(),
        "p95 < 100 ms"));
    List<String> tpeCases = engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("TPE")
        .processDefinitionKey(ChildProtectionCase.PROCESS_KEY).listPage(0, SAMPLES).stream()
        .map(p -> p.getBusinessKey()).toList();
    AtomicInteger next = new AtomicInteger();
    record(latency("case view GET /api/v1/cases/{id}, social.tpe",
        () -> http.get("/api/v1/cases/" + tpeCases.get(next.getAndIncrement() % tpeCases.size()), "social.tpe")
            .statusCode(), "p95 < 50 ms"));
    record(latency("case search GET /api/v1/cases?q=<case number>, social.tpe",
        () -> http.get("/api/v1/cases?q=" + tpeCases.get(next.getAndIncrement() % tpeCases.size()), "social.tpe")
            .statusCode(), "p95 < 50 ms"));
  }

  @Test
  @Order(4)
  void databaseBytesPerClosedCase() throws Exception {
    long before = count("SELECT pg_database_size(current_database())");
    closeCases(CLOSED_N);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("VACUUM");
    } catch (Exception ignored) {
      // VACUUM cannot run inside a transaction on some pools: the size is then an upper bound
    }
    long after = count("SELECT pg_database_size(current_database())");
    record(new String[] {"database bytes per closed protection case (runtime + history, " + CLOSED_N + " cases)",
        String.format(Locale.ROOT, "%.1f KiB", (after - before) / 1024.0 / CLOSED_N), "", ""});
  }

  @Test
  @Order(5)
  void caseSearchOverYearsOfHistory() throws Exception {
    // the closed cases the copies are made of: those of the bytes per case, or as many as this closes now
    String closedCases = "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = '"
        + ChildProtectionCase.PROCESS_KEY + "' AND end_time_ IS NOT NULL AND super_process_instance_id_ IS NULL";
    if (count(closedCases) < 20) {
      closeCases(20);
    }
    // a TPE case the police were sent to (辦法 第4條): its need-to-know rows are the ones the copies take
    String policeCase = reports.receive(request(County.TPE, OffsetDateTime.now().minusHours(1)), "bench").caseId();
    work(policeCase, ChildProtectionCase.DISPATCH, Map.of("assignedUnits", "SOCIAL,POLICE",
        "visitMode", "FACE_TO_FACE", "policeDiscovered", false));
    waitUntil(() -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(policeCase)
        .taskCandidateGroup("police").count() > 0, System.nanoTime(), Duration.ofMinutes(2));
    long sizeBefore = count("SELECT pg_database_size(current_database())");
    long started = System.nanoTime();
    runScript("docs/benchmarks/inflate-case-history.sql", ":cases", HISTORY_N);
    double took = (System.nanoTime() - started) / 1e9;
    long cases = count("SELECT count(*) FROM act_hi_procinst WHERE super_process_instance_id_ IS NULL");
    long tpe = count("SELECT count(*) FROM act_hi_procinst WHERE super_process_instance_id_ IS NULL"
        + " AND tenant_id_ = 'TPE'");
    record(new String[] {"history: " + HISTORY_N + " closed cases copied in (docs/benchmarks/inflate-case-history"
        + ".sql), " + cases + " cases in all, " + tpe + " in TPE", seconds(took) + ", +"
        + mib(count("SELECT pg_database_size(current_database())") - sizeBefore), "", ""});

    // every sample another copied case of TPE: its number, its child's name and ID, whether the police worked it
    List<String[]> social = copiedCases("");
    List<String[]> police = copiedCases(" AND EXISTS (SELECT 1 FROM act_ru_authorization a"
        + " WHERE a.group_id_ = 'police' AND a.resource_id_ = p.id_)");
    List<String[]> notPolice = copiedCases(" AND NOT EXISTS (SELECT 1 FROM act_ru_authorization a"
        + " WHERE a.group_id_ = 'police' AND a.resource_id_ = p.id_)");
    AtomicInteger next = new AtomicInteger();
    IntFunction<String[]> socialCase = i -> social.get(next.getAndIncrement() % social.size());
    record(latency("case search by a child's whole name (3 characters), social.tpe",
        () -> search(socialCase.apply(0)[1], "social.tpe"), "p95 < 50 ms"));
    record(latency("case search by the first two characters of a name (the first 50 shown), social.tpe",
        () -> search(socialCase.apply(0)[1].substring(0, 2), "social.tpe"), "p95 < 50 ms"));
    record(latency("case search by the last two characters of a name, the given name (the first 50 shown), social.tpe",
        () -> search(lastTwo(socialCase.apply(0)[1]), "social.tpe"), "p95 < 50 ms"));
    record(latency("case search by part of a case number (year and serial), social.tpe",
        () -> search(socialCase.apply(0)[0].substring("CP-TPE-".length()), "social.tpe"), "p95 < 50 ms"));
    record(latency("case search by a child's national ID, social.tpe",
        () -> search(socialCase.apply(0)[2], "social.tpe"), "p95 < 50 ms"));
    record(latency("case view of a closed case, social.tpe",
        () -> http.get("/api/v1/cases/" + socialCase.apply(0)[0], "social.tpe").statusCode(), "p95 < 50 ms"));
    IntFunction<String[]> policeWorked = i -> police.get(next.getAndIncrement() % police.size());
    record(latency("case search by a child's whole name, police.tpe (need to know)",
        () -> search(policeWorked.apply(0)[1], "police.tpe"), "p95 < 50 ms"));
    record(latency("case view of a case the police worked, police.tpe",
        () -> http.get("/api/v1/cases/" + policeWorked.apply(0)[0], "police.tpe").statusCode(), "p95 < 50 ms"));
    record(latency("case view of a case the police never worked, police.tpe (answered 404)",
        () -> http.get("/api/v1/cases/" + notPolice.get(next.getAndIncrement() % notPolice.size())[0], "police.tpe")
            .statusCode() == 404 ? 200 : 500, "p95 < 50 ms"));
    Filter group = engine.getFilterService().createFilterQuery().filterName("群組任務").singleResult();
    record(latency("群組任務 first page by due date, police.tpe",
        () -> http.get("/engine-rest/filter/" + group.getId() + "/list?firstResult=0&maxResults=15&sortBy=dueDate"
            + "&sortOrder=asc", "police.tpe").statusCode(), "p95 < 100 ms"));
  }

  /** {@value #SAMPLES} copied cases of TPE, at random: case number, child's name, national ID. */
  private List<String[]> copiedCases(String condition) {
    List<String[]> found = new ArrayList<>();
    String sql = "SELECT p.business_key_, n.text_, i.text_ FROM act_hi_procinst p"
        + " JOIN act_hi_varinst n ON n.proc_inst_id_ = p.id_ AND n.name_ = '" + CaseVariables.CHILD_NAME + "'"
        + " JOIN act_hi_varinst i ON i.proc_inst_id_ = p.id_ AND i.name_ = '" + CaseVariables.CHILD_NATIONAL_ID + "'"
        + " WHERE p.tenant_id_ = 'TPE' AND p.id_ LIKE '%-h%'" + condition + " ORDER BY random() LIMIT " + SAMPLES;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        found.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(found).as("copied cases of TPE" + condition).isNotEmpty();
    return found;
  }

  private static String lastTwo(String name) {
    return name.substring(name.offsetByCodePoints(name.length(), -2));
  }

  /** The case search as a user makes it; 200 only when it found at least one case. */
  private int search(String q, String user) {
    HttpResponse<String> answer = http.get("/api/v1/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), user);
    if (answer.statusCode() != 200) {
      // what was refused, by its error codes (never the words searched for)
      System.out.println("[bench] search of " + q.codePointCount(0, q.length()) + " characters answered "
          + answer.statusCode() + ": " + answer.body().replaceAll("(?s).*?(\"code\":\"[A-Z_]+\")|.+", "$1"));
    }
    return answer.statusCode() == 200 && !answer.body().contains("\"cases\":[]") ? 200 : answer.statusCode() + 1000;
  }

  /** Reports of TPE driven to their end (dispatch, safety assessment: not opened, closure approved). */
  private List<String> closeCases(int n) {
    OffsetDateTime now = OffsetDateTime.now();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(reports.receive(request(County.TPE, now.minusHours(1)), "bench").caseId());
    }
    for (String caseId : ids) {
      // Art. 5 para 2 is the social worker's explicit answer: the dispatch is refused without it
      work(caseId, ChildProtectionCase.DISPATCH, Map.of("assignedUnits", "SOCIAL", "visitMode", "FACE_TO_FACE",
          "policeDiscovered", false));
      work(caseId, ChildProtectionCase.SAFETY_ASSESSMENT, Map.of("protectionDecision", "NOT_OPEN"));
      work(caseId, ChildProtectionCase.CLOSURE_REVIEW, Map.of("closureApproved", true));
    }
    waitUntil(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(ids.toArray(String[]::new)).unfinished().count() == 0, System.nanoTime());
    return ids;
  }

  /**
   * docs/benchmarks/inflate-open-tasks.sql, in this run's schema: each open task copied {@code copies} times
   * with its candidate groups and authorization rows, due a few minutes apart, in the same county and case.
   */
  private void copyOpenTasks(int copies) {
    runScript("docs/benchmarks/inflate-open-tasks.sql", ":copies", copies);
  }

  /** A script of docs/benchmarks/ in this run's schema, its one psql variable given. */
  private void runScript(String file, String variable, int value) {
    String script;
    try {
      script = Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
        String sql = statement.strip();
        if (!sql.isEmpty() && !sql.startsWith("SET search_path")) {
          s.execute(sql.replace(variable, String.valueOf(value)));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A row of the table, also printed at once (a long run shows its progress). */
  private void record(String[] row) {
    System.out.println("[bench] " + String.join(" | ", row));
    rows.add(row);
  }

  private void work(String caseId, String taskKey, Map<String, Object> variables) {
    waitUntil(() -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskKey).count() > 0, System.nanoTime(), Duration.ofMinutes(2));
    String id = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskKey).singleResult().getId();
    // the case's registration job may change the case in the same moment: the engine refuses one of the
    // two, and a person would submit again, as this does
    for (int attempt = 1; ; attempt++) {
      try {
        engine.getTaskService().complete(id, variables);
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  // ---- the measuring

  /** Requests per second of each call, measured in {@value #ROUNDS} alternating rounds after a warm-up. */
  @SafeVarargs
  private double[] interleaved(int threads, IntFunction<Integer>... calls) throws Exception {
    for (IntFunction<Integer> call : calls) {
      parallel(Math.max(20, INTAKE_N / 10), threads, i -> assertThat(call.apply(i)).isBetween(200, 201));
    }
    long[] nanos = new long[calls.length];
    int perRound = Math.max(1, INTAKE_N / ROUNDS);
    for (int round = 0; round < ROUNDS; round++) {
      for (int c = 0; c < calls.length; c++) {
        IntFunction<Integer> call = calls[c];
        long started = System.nanoTime();
        parallel(perRound, threads, i -> assertThat(call.apply(i)).isBetween(200, 201));
        nanos[c] += System.nanoTime() - started;
      }
    }
    double[] rates = new double[calls.length];
    for (int c = 0; c < calls.length; c++) {
      rates[c] = perRound * ROUNDS / (nanos[c] / 1e9);
    }
    return rates;
  }

  private String[] latency(String what, Callable<Integer> call, String target)
      throws Exception {
    for (int i = 0; i < 20; i++) {
      call.call();
    }
    long[] nanos = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long started = System.nanoTime();
      int status = call.call();
      nanos[i] = System.nanoTime() - started;
      if (status != 200) {
        return new String[] {what, "answered " + status, "", target};
      }
    }
    Arrays.sort(nanos);
    return new String[] {what, "p50 " + ms(nanos[SAMPLES / 2]) + ", p95 " + ms(nanos[SAMPLES * 95 / 100])
        + ", p99 " + ms(nanos[Math.min(SAMPLES - 1, SAMPLES * 99 / 100)]), "", target};
  }

  private static void parallel(int n, int threads, IntConsumer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int item = i;
        done.add(pool.submit(() -> work.accept(item)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private static double waitUntil(BooleanSupplier done, long started) {
    return waitUntil(done, started, Duration.ofMinutes(30));
  }

  private static double waitUntil(BooleanSupplier done, long started, Duration patience) {
    long limit = started + patience.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > limit) {
        throw new AssertionError("not done within " + patience);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private long count(String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the requests: synthetic children only

  private ProtectionReportRequest request(County county, OffsetDateTime knownAt) {
    return new ProtectionReportRequest(new ProtectionReportRequest.Reporter("MANDATED", "MEDICAL", "測試醫師", "測試醫院"),
        knownAt.toString(), false, false, List.of(3), "疑似受虐",
        new ProtectionReportRequest.Child(NationalIds.valid('A', '1', serial.incrementAndGet()), "測試兒童", null, "M"),
        new ProtectionReportRequest.Location(county.code(), null), null, null, null);
  }

  private String reportJson(County county) {
    return toJson(request(county, OffsetDateTime.now().minusHours(1)));
  }

  /** The bare start's one variable, as the engine's REST API takes it. */
  private static String bareStartJson(String businessKey) {
    return "{\"businessKey\":\"" + businessKey + "\",\"variables\":{\"county\":{\"value\":\"TPE\"}}}";
  }

  /** A report's own case variables, as the engine's REST API takes them, for {@link #BARE_REPORT_SHAPE}. */
  private String reportShapeJson(String businessKey) {
    Map<String, Object> variables = new LinkedHashMap<>();
    reportVariables().forEach((name, value) -> variables.put(name, restValue(value)));
    return toJson(Map.of("businessKey", businessKey, "variables", variables));
  }

  private Map<String, Object> reportVariables() {
    return ReportIntake.caseVariables(request(County.TPE, OffsetDateTime.now().minusHours(1)), Instant.now(),
        County.TPE, "police.tpe");
  }

  private static Map<String, Object> restValue(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    if (value instanceof Date date) {
      typed.put("value", REST_DATE.format(date.toInstant()));
      typed.put("type", "Date");
    } else {
      typed.put("value", value);
      typed.put("type", value == null ? "Null" : value.getClass().getSimpleName());
    }
    return typed;
  }

  private String referralJson() {
    return "{\"source\":\"BIRTH_REGISTRATION\",\"child\":{\"nationalId\":\""
        + NationalIds.valid('A', '2', serial.incrementAndGet()) + "\",\"name\":\"測試幼兒\",\"birthDate\":\""
        + LocalDate.now().minusMonths(2) + "\",\"sex\":\"F\"},\"registeredCounty\":\"TPE\"}";
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String perSecond(double rate) {
    return String.format(Locale.ROOT, "%.1f/s", rate);
  }

  private static String ratio(double a, double b) {
    return String.format(Locale.ROOT, "%.2f", a / b);
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f s", s);
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1024.0 / 1024.0);
  }
}
