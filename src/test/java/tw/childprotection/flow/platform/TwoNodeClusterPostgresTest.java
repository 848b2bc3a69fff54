package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.ProtectionReports;
import tw.childprotection.flow.support.PostgresAvailable;

/**
 * Two nodes of the application on one PostgreSQL schema, as production runs N of them behind a load balancer
 * (docs/operations.md, Running several nodes): both take reports and referrals over HTTP and both run the
 * engine's jobs and timers; node A is killed like {@code kill -9} while it holds jobs whose agency call was
 * already recorded, and node B finishes them once their lock has timed out. Then, in the database: every
 * case once, every job and every timer executed once, nothing failed, and toward the agency one record
 * per idempotency key — the re-run of the dead node's job answered with the receipt it already got
 * (docs/adr/0015). Each node is a JVM of its own ({@link ClusterNode}), its log in {@code target/cluster/}.
 */
@ExtendWith(PostgresAvailable.class)
class TwoNodeClusterPostgresTest {

  /** Filed to both nodes in turn, before their timers are made due. */
  private static final int FIRST = 50;
  /** Filed to both nodes in turn while those timers fire; node A is killed meanwhile, the rest go to B. */
  private static final int THEN = 110;
  /** Every fourth item is a referral (three parallel agency lookups), the others protection reports. */
  private static final int REFERRAL_EVERY = 4;
  private static final int CLIENT_THREADS = 4;
  private static final int LOCK_TIME_MILLIS = 5000;

  private static final String PASSWORD = "Cluster-Worker-2026!";
  private static final String REPORTER = "police.tpe";
  private static final String REFERRER = "household.tpe";
  private static final String PIS = "protection information system";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** A case the API accepted: which node took it, its id and process instance, report or referral. */
  record Filed(String node, String caseId, String processInstanceId, boolean report) {
  }

  /** What node A held when it died: the job whose agency call was recorded, and every job it had locked. */
  record Kill(String idempotencyKey, String lockOwner, Set<String> heldJobs, long atMillis) {
  }

  @Test
  void everyCaseJobAndTimerOnceAcrossTwoNodesAndTheKilledNodesJobsFinishedByTheOther() throws Exception {
    long start = System.nanoTime();
    String url = PostgresAvailable.newSchemaUrl();
    Map<String, Long> phases = new LinkedHashMap<>();
    try (ClusterNode a = ClusterNode.start("node-a", url, PostgresAvailable.USER, PostgresAvailable.PASSWORD,
            settings("node-a"));
        ClusterNode b = ClusterNode.start("node-b", url, PostgresAvailable.USER, PostgresAvailable.PASSWORD,
            settings("node-b"));
        Connection db = DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD)) {
      // both start at once on the empty schema: Liquibase's lock lets one create it (ADR 0003)
      a.awaitUp(Duration.ofSeconds(240));
      b.awaitUp(Duration.ofSeconds(240));
      phases.put("both nodes up", millisSince(start));
      createWorkers(a);

      List<Filed> filed = Collections.synchronizedList(new ArrayList<>());
      LoadBalancer balancer = new LoadBalancer(a, b);
      file(0, FIRST, balancer, filed);
      phases.put(FIRST + " filed to both nodes", millisSince(start));
      // their timers fire on both nodes while the rest are filed
      Set<String> movedTimers = new HashSet<>(timersDueNow(a, filed));
      phases.put(movedTimers.size() + " timers made due", millisSince(start));

      ExecutorService watcher = Executors.newSingleThreadExecutor();
      Future<Kill> killed = watcher.submit(() -> killWhileHoldingARecordedCall(balancer, url, start));
      file(FIRST, FIRST + THEN, balancer, filed);
      phases.put(THEN + " more filed (node A killed meanwhile)", millisSince(start));
      Kill kill = killed.get(60, TimeUnit.SECONDS);
      watcher.shutdown();
      phases.put("node A killed", kill.atMillis());
      movedTimers.addAll(timersDueNow(b, filed));
      phases.put("all timers made due", millisSince(start));

      Set<String> retried = awaitQuiet(db, b, movedTimers, Duration.ofSeconds(90));
      phases.put("node B finished", millisSince(start));
      assertThat(a.alive()).isFalse();
      assertThat(b.alive()).as("node B survived, see " + b.log().toAbsolutePath()).isTrue();

      verify(db, filed, movedTimers, kill, a.pid(), retried, phases);
    }
    // kept for a look when the test failed; dropped when it passed (or, like every test schema, once stale)
    try (Connection db = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
        PostgresAvailable.PASSWORD); var drop = db.createStatement()) {
      drop.execute("DROP SCHEMA " + PostgresAvailable.schemaOf(url) + " CASCADE");
    }
  }

  private static Map<String, String> settings(String node) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("child-protection.agencies.mode", "simulator");
    // the answer comes back 300 ms after the agency recorded the call: the window in which a node's death
    // leaves a job to be re-run although the agency has it
    settings.put("child-protection.agencies.simulator.answer-delay", "300ms");
    settings.put("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME_MILLIS));
    settings.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
    settings.put("camunda.bpm.job-execution.max-wait", "1000");
    // written into the job log (HOSTNAME_), so the log says which node ran each job
    settings.put("camunda.bpm.generic-properties.properties.hostname", node);
    settings.put("logging.level.root", "WARN");
    settings.put("logging.level.tw.childprotection.flow", "INFO");
    return settings;
  }

  /** As production adds staff in Admin: a police officer who reports, a household officer who refers. */
  private static void createWorkers(ClusterNode node) throws Exception {
    worker(node, REPORTER, "police");
    worker(node, REFERRER, "household-registration");
  }

  private static void worker(ClusterNode node, String id, String group) throws Exception {
    ObjectNode user = JSON.createObjectNode();
    user.putObject("profile").put("id", id).put("firstName", "臺北").put("lastName", group)
        .put("email", id + "@example.gov.tw");
    user.putObject("credentials").put("password", PASSWORD);
    node.admin("POST", "/engine-rest/user/create", user.toString());
    node.admin("PUT", "/engine-rest/group/" + group + "/members/" + id, null);
    node.admin("PUT", "/engine-rest/tenant/TPE/user-members/" + id, null);
  }

  /** Items {@code from} to {@code to} - 1, through the load balancer, from four client threads. */
  private static void file(int from, int to, LoadBalancer balancer, List<Filed> filed) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
    try {
      List<Future<Filed>> answers = new ArrayList<>();
      for (int i = from; i < to; i++) {
        int item = i;
        answers.add(clients.submit(() -> balancer.send(item, node -> fileOne(node, item))));
      }
      for (Future<Filed> answer : answers) {
        filed.add(answer.get(120, TimeUnit.SECONDS));
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private static Filed fileOne(ClusterNode node, int item) throws Exception {
    boolean report = item % REFERRAL_EVERY != 0;
    HttpResponse<String> answer = report
        ? node.send("POST", "/api/v1/protection/reports", REPORTER, PASSWORD, report(item))
        : node.send("POST", "/api/v1/active-care/referrals", REFERRER, PASSWORD, referral(item));
    assertThat(answer.statusCode()).as(node.name() + ": " + answer.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(answer.body());
    return new Filed(node.name(), body.get("caseId").asText(), body.get("processInstanceId").asText(), report);
  }

  private static String report(int item) {
    return ProtectionReports.body("陳小" + "安柏晴宇恩澤語彤承翰".charAt(item % 10),
        NationalIds.valid('A', '2', 81_000_000 + item), "叢集測試通報 " + item).toString();
  }

  /** 逕遷戶籍: three lookups at once (NHIA address, immigration, relatives), exclusive jobs of one case. */
  private static String referral(int item) {
    ObjectNode referral = JSON.createObjectNode();
    referral.put("source", "HOUSEHOLD_RELOCATION");
    referral.putObject("child").put("nationalId", NationalIds.valid('H', '1', 82_000_000 + item))
        .put("name", "王小明").put("birthDate", LocalDate.now(ZoneOffset.ofHours(8)).minusYears(2).toString())
        .put("sex", "M");
    referral.put("registeredCounty", "TPE").put("registeredAddress", "臺北市中正區");
    referral.putArray("guardians").addObject().put("nationalId", "A223456781").put("name", "王媽媽")
        .put("relation", "MOTHER").put("phone", "0912345678");
    referral.putObject("details");
    return referral.toString();
  }

  /**
   * The statutory clocks run for hours and days: each timer of the filed cases is made due now through the
   * engine's REST API (as an administrator may in Cockpit), so both nodes' job executors fire them.
   */
  private static List<String> timersDueNow(ClusterNode node, List<Filed> filed) throws Exception {
    Set<String> ours = new HashSet<>();
    synchronized (filed) {
      filed.forEach(f -> ours.add(f.processInstanceId()));
    }
    String due = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).format(CAMUNDA_DATE);
    List<String> moved = new ArrayList<>();
    for (JsonNode job : JSON.readTree(node.admin("GET", "/engine-rest/job?timers=true&maxResults=5000", null))) {
      if (ours.contains(job.path("processInstanceId").asText()) && job.path("retries").asInt() > 0) {
        moved.add(job.get("id").asText());
      }
    }
    ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (String id : moved) {
        answers.add(clients.submit(
            () -> node.admin("PUT", "/engine-rest/job/" + id + "/duedate", "{\"duedate\":\"" + due + "\"}")));
      }
      for (Future<String> answer : answers) {
        answer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    return moved;
  }

  /**
   * Kills node A at a moment it surely holds a job whose agency call is already recorded (the agency has
   * it, the job's transaction is not committed): the job the issue saw re-run and registered twice. The
   * load balancer first lets node A's requests in flight finish and sends no more to it, so no caller is
   * left not knowing whether its report was taken.
   */
  private static Kill killWhileHoldingARecordedCall(LoadBalancer balancer, String url, long start)
      throws Exception {
    ClusterNode a = balancer.first();
    try (Connection watch = DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
        PreparedStatement held = watch.prepareStatement("""
            SELECT r.idempotency_key, j.lock_owner_ FROM cpf_simulated_agency_receipt r
              JOIN act_ru_job j ON j.process_instance_id_ = split_part(r.idempotency_key, ':', 1)
              JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ AND d.act_id_ = split_part(r.idempotency_key, ':', 2)
             WHERE r.caller LIKE ? AND j.lock_owner_ IS NOT NULL
             LIMIT 1""")) {
      held.setString(1, a.pid() + "@%");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
      while (System.nanoTime() < until) {
        if (heldCall(held) != null) {
          balancer.drainFirst();
          String[] call = heldCall(held);
          if (call != null) {
            a.kill();
            long at = millisSince(start);
            balancer.firstIsGone();
            return new Kill(call[0], call[1],
                strings(watch, "SELECT id_ FROM act_ru_job WHERE lock_owner_ = ?", call[1]), at);
          }
          balancer.undrainFirst();
        }
        Thread.sleep(10);
      }
      throw new AssertionError("node A never held a job whose agency call was recorded; see " + a.log());
    }
  }

  private static String[] heldCall(PreparedStatement held) throws SQLException {
    try (ResultSet row = held.executeQuery()) {
      return row.next() ? new String[] {row.getString(1), row.getString(2)} : null;
    }
  }

  /**
   * Until no async job and none of the timers made due is left. A job whose attempt lost a race with the
   * other node (two nodes started jobs of one case at the same moment: the engine's optimistic locking
   * lets one commit, the other fails and waits out its retry cycle, ten minutes for an agency step) is
   * made due at once, as an operator may in Cockpit, instead of waiting the ten minutes; {@link #verify}
   * checks that every failure was such a race and ended in one success.
   */
  private static Set<String> awaitQuiet(Connection db, ClusterNode node, Set<String> movedTimers, Duration timeout)
      throws Exception {
    Set<String> retried = new HashSet<>();
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      if (number(db, "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND (type_ = 'message' OR id_ = ANY(?))",
          movedTimers) == 0) {
        return retried;
      }
      String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).format(CAMUNDA_DATE);
      for (String failed : strings(db, "SELECT id_ FROM act_ru_job WHERE retries_ > 0 AND lock_owner_ IS NULL"
          + " AND exception_msg_ IS NOT NULL")) {
        if (retried.add(failed)) {
          node.admin("PUT", "/engine-rest/job/" + failed + "/duedate", "{\"duedate\":\"" + now + "\"}");
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("jobs still waiting after " + timeout + ": "
        + strings(db, "SELECT id_ || ' ' || type_ || ' ' || coalesce(lock_owner_, '-') FROM act_ru_job"
            + " WHERE retries_ > 0 AND (type_ = 'message' OR id_ = ANY(?))", movedTimers));
  }

  private static void verify(Connection db, List<Filed> filed, Set<String> movedTimers, Kill kill, long pidA,
      Set<String> retried, Map<String, Long> phases) throws Exception {
    List<String> caseIds = filed.stream().map(Filed::caseId).toList();
    List<String> reportInstances = filed.stream().filter(Filed::report).map(Filed::processInstanceId).toList();
    assertThat(caseIds).as("every accepted case has its own id").doesNotHaveDuplicates()
        .hasSize(FIRST + THEN);

    // the two nodes started at once on the empty schema: the diagrams deployed once, not once per node
    assertThat(counts(db, "SELECT key_, count(*) FROM act_re_procdef GROUP BY key_").values())
        .as("versions per process definition").containsOnly(1L);

    // every case once: one case process per accepted case id, none besides
    Map<String, Long> instancesPerCase = counts(db, "SELECT business_key_, count(*) FROM act_hi_procinst"
        + " WHERE proc_def_key_ IN ('childProtectionCase', 'activeCareCase') GROUP BY business_key_");
    assertThat(instancesPerCase.keySet()).containsExactlyInAnyOrderElementsOf(caseIds);
    assertThat(instancesPerCase.values()).as("one process per case").containsOnly(1L);

    // toward the agency: one registration per report, its reference the one the case keeps
    Map<String, String> registered = pairs(db, "SELECT case_id, reference FROM cpf_simulated_agency_receipt"
        + " WHERE agency = ? AND record_type = 'REPORT_RECEIVED'", PIS);
    Map<String, Long> registrationsPerCase = counts(db, "SELECT case_id, count(*) FROM cpf_simulated_agency_receipt"
        + " WHERE agency = '" + PIS + "' AND record_type = 'REPORT_RECEIVED' GROUP BY case_id");
    assertThat(registrationsPerCase).hasSize(reportInstances.size());
    assertThat(registrationsPerCase.values()).as("one registration per report").containsOnly(1L);
    Map<String, String> keptOnCase = pairs(db, "SELECT p.business_key_, v.text_ FROM act_hi_varinst v"
        + " JOIN act_hi_procinst p ON p.id_ = v.proc_inst_id_ WHERE v.name_ = ?", "registerReportReference");
    assertThat(keptOnCase).as("the case keeps the agency's one receipt").isEqualTo(registered);

    // the dead node's recorded call: re-run on node B and answered with the first receipt
    Map<String, Long> killedKey = counts(db, "SELECT caller, repeats FROM cpf_simulated_agency_receipt"
        + " WHERE idempotency_key = '" + kill.idempotencyKey() + "'");
    assertThat(killedKey).hasSize(1);
    assertThat(killedKey.keySet().iterator().next()).startsWith(pidA + "@");
    assertThat(killedKey.values().iterator().next()).as("repeats of " + kill.idempotencyKey()).isPositive();
    long repeats = number(db, "SELECT coalesce(sum(repeats), 0) FROM cpf_simulated_agency_receipt");

    // jobs: none run twice, none lost, none failed. Camunda's history cleanup is one job it re-schedules under
    // the same id after each run, so inside its window (01:00–05:00) it logs one success a run
    assertThat(strings(db, "SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2"
        + " AND coalesce(job_def_type_, '') <> 'history-cleanup' GROUP BY job_id_"
        + " HAVING count(*) > 1")).as("jobs executed twice").isEmpty();
    assertThat(strings(db, "SELECT DISTINCT c.job_id_ FROM act_hi_job_log c WHERE c.job_state_ = 0"
        + " AND NOT EXISTS (SELECT 1 FROM act_hi_job_log e WHERE e.job_id_ = c.job_id_ AND e.job_state_ IN (2, 3))"
        + " AND NOT EXISTS (SELECT 1 FROM act_ru_job j WHERE j.id_ = c.job_id_)")).as("jobs lost").isEmpty();
    assertThat(number(db, "SELECT count(*) FROM act_ru_job WHERE retries_ = 0")).as("failed jobs").isZero();
    // the only failed attempts: races two nodes' jobs of one case lost to optimistic locking, each then run once
    Set<String> failures = strings(db, "SELECT DISTINCT job_id_ FROM act_hi_job_log WHERE job_state_ = 1");
    assertThat(strings(db, "SELECT DISTINCT job_exception_msg_ FROM act_hi_job_log WHERE job_state_ = 1"))
        .as("failed attempts other than a lost race").allMatch(message -> message.contains("ENGINE-03005"));
    assertThat(failures).as("jobs retried after a lost race").containsExactlyInAnyOrderElementsOf(retried);
    if (!failures.isEmpty()) {
      assertThat(number(db, "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2 AND job_id_ = ANY(?)",
          failures)).as("each retried job succeeded once").isEqualTo(failures.size());
    }
    assertThat(number(db, "SELECT count(*) FROM act_ru_incident")).as("incidents").isZero();
    assertThat(kill.heldJobs()).as("jobs node A held when it died").isNotEmpty();
    Map<String, Long> heldJobsRunBy = counts(db, "SELECT hostname_, count(*) FROM act_hi_job_log"
        + " WHERE job_state_ = 2 AND job_id_ = ANY(?) GROUP BY hostname_", kill.heldJobs());
    assertThat(heldJobsRunBy).as("node A's jobs, each finished once, by node B")
        .isEqualTo(Map.of("node-b", (long) kill.heldJobs().size()));

    // timers: each fired once; every report's 24-hour dispatch clock once
    assertThat(movedTimers).isNotEmpty();
    assertThat(number(db, "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2 AND job_id_ = ANY(?)",
        movedTimers)).as("timers fired, each once").isEqualTo(movedTimers.size());
    Map<String, Long> dispatchClocks = counts(db, "SELECT proc_inst_id_, count(*) FROM act_hi_actinst"
        + " WHERE act_id_ = 'dispatchDeadlinePassed' GROUP BY proc_inst_id_");
    assertThat(dispatchClocks.keySet()).containsExactlyInAnyOrderElementsOf(reportInstances);
    assertThat(dispatchClocks.values()).containsOnly(1L);

    Map<String, Long> jobsPerNode = counts(db, "SELECT hostname_, count(*) FROM act_hi_job_log WHERE job_state_ = 2"
        + " GROUP BY hostname_");
    System.out.printf("[cluster] cases %d (%d reports, %d referrals; %d via node A), jobs executed %s,"
            + " node A killed holding %d jobs (its recorded call %s), %d timers made due and fired once,"
            + " %d agency receipts, %d repeated calls answered with the first receipt, %d jobs lost a race to"
            + " optimistic locking and were retried, lock time %d ms; %s%n",
        caseIds.size(), reportInstances.size(), caseIds.size() - reportInstances.size(),
        filed.stream().filter(f -> f.node().equals("node-a")).count(), jobsPerNode, kill.heldJobs().size(),
        kill.idempotencyKey(), movedTimers.size(),
        number(db, "SELECT count(*) FROM cpf_simulated_agency_receipt"), repeats, failures.size(), LOCK_TIME_MILLIS,
        phases.entrySet().stream().sorted(Map.Entry.comparingByValue())
            .map(phase -> phase.getKey() + " at " + phase.getValue() + " ms").toList());
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof Set<?> set) {
        Array array = db.createArrayOf("varchar", set.toArray());
        statement.setArray(i + 1, array);
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
    return statement;
  }

  private static long number(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Set<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
    Set<String> values = new HashSet<>();
    try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Map<String, Long> counts(Connection db, String sql, Object... parameters) throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private static Map<String, String> pairs(Connection db, String sql, Object... parameters) throws SQLException {
    Map<String, String> pairs = new HashMap<>();
    try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        pairs.put(rows.getString(1), rows.getString(2));
      }
    }
    return pairs;
  }
}
