package tw.childprotection.flow.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The counts operations watches, each one grouped query on our registry or the engine's own tables
 * (read only): deadlines, cases, incidents, jobs, transmissions. A null county (a job or incident of no
 * case, such as the national transmission watch) is reported as {@code none}.
 */
@Repository
class OperationsFigures {

  static final String NO_COUNTY = "none";

  /** One series: its labels and its value. */
  record Row(Map<String, String> labels, double value) {
  }

  private final JdbcTemplate jdbc;

  OperationsFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> deadlines() {
    return jdbc.query("SELECT d.code, p.TENANT_ID_ AS county, d.status, COUNT(*) AS n FROM cpf_case_deadline d"
            + " JOIN ACT_HI_PROCINST p ON p.ID_ = d.process_instance_id GROUP BY d.code, p.TENANT_ID_, d.status",
        (rs, i) -> new Row(Map.of("code", rs.getString("code"), "county", county(rs.getString("county")),
            "status", rs.getString("status")), rs.getLong("n")));
  }

  /** Past due and not done: PENDING beyond its due time, or BREACHED without the work completed. */
  List<Row> overdueDeadlines(Instant now) {
    return jdbc.query("SELECT d.code, p.TENANT_ID_ AS county, COUNT(*) AS n FROM cpf_case_deadline d"
            + " JOIN ACT_HI_PROCINST p ON p.ID_ = d.process_instance_id"
            + " WHERE (d.status = 'PENDING' AND d.due_at < ?) OR (d.status = 'BREACHED' AND d.completed_at IS NULL)"
            + " GROUP BY d.code, p.TENANT_ID_",
        (rs, i) -> new Row(Map.of("code", rs.getString("code"), "county", county(rs.getString("county"))),
            rs.getLong("n")), Timestamp.from(now));
  }

  List<Row> breachesSince(Instant since) {
    return jdbc.query("SELECT d.code, p.TENANT_ID_ AS county, COUNT(*) AS n FROM cpf_case_deadline d"
            + " JOIN ACT_HI_PROCINST p ON p.ID_ = d.process_instance_id"
            + " WHERE d.status = 'BREACHED' AND d.breached_at >= ? GROUP BY d.code, p.TENANT_ID_",
        (rs, i) -> new Row(Map.of("code", rs.getString("code"), "county", county(rs.getString("county"))),
            rs.getLong("n")), Timestamp.from(since));
  }

  /** Cases opened (top-level instances started) or, with {@code closed}, ended — by process key and county. */
  List<Row> cases(boolean closed, Map<String, String> kindOfProcessKey) {
    String keys = String.join(", ", kindOfProcessKey.keySet().stream().map(k -> "'" + k + "'").toList());
    return jdbc.query("SELECT PROC_DEF_KEY_ AS process_key, TENANT_ID_ AS county, COUNT(*) AS n FROM ACT_HI_PROCINST"
            + " WHERE SUPER_PROCESS_INSTANCE_ID_ IS NULL AND PROC_DEF_KEY_ IN (" + keys + ")"
            + (closed ? " AND END_TIME_ IS NOT NULL" : "") + " GROUP BY PROC_DEF_KEY_, TENANT_ID_",
        (rs, i) -> new Row(Map.of("kind", kindOfProcessKey.get(rs.getString("process_key")),
            "county", county(rs.getString("county"))), rs.getLong("n")));
  }

  List<Row> openIncidents() {
    return jdbc.query("SELECT TENANT_ID_ AS county, INCIDENT_TYPE_ AS type, COUNT(*) AS n FROM ACT_RU_INCIDENT"
            + " GROUP BY TENANT_ID_, INCIDENT_TYPE_",
        (rs, i) -> new Row(Map.of("county", county(rs.getString("county")), "type", rs.getString("type")),
            rs.getLong("n")));
  }

  /** Jobs due and runnable that nobody has taken yet: the job executor's backlog. */
  long jobBacklog(Instant now) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1"
        + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < ?)",
        Long.class, Timestamp.from(now), Timestamp.from(now));
  }

  /** Seconds the oldest backlog job has been due (0 without backlog): a backlog that grows older. */
  double oldestDueSeconds(Instant now) {
    Timestamp oldest = jdbc.queryForObject("SELECT MIN(COALESCE(DUEDATE_, CREATE_TIME_)) FROM ACT_RU_JOB"
        + " WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)"
        + " AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < ?)", Timestamp.class, Timestamp.from(now),
        Timestamp.from(now));
    return oldest == null ? 0 : Math.max(0, (now.toEpochMilli() - oldest.getTime()) / 1000.0);
  }

  /** Jobs whose retries ran out: each is an incident in Cockpit. */
  long failedJobs() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0", Long.class);
  }

  /** Open alarms of a scheduled agency transmission that did not arrive or arrived short (ADR 0007). */
  List<Row> openTransmissionAlarms(String alarmProcessKey) {
    return jdbc.query("SELECT v.TEXT_ AS agency, COUNT(*) AS n FROM ACT_HI_PROCINST p"
            + " JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ = 'agency'"
            + " WHERE p.PROC_DEF_KEY_ = ? AND p.END_TIME_ IS NULL GROUP BY v.TEXT_",
        (rs, i) -> new Row(Map.of("agency", String.valueOf(rs.getString("agency"))), rs.getLong("n")),
        alarmProcessKey);
  }

  /** When each agency's last transmission arrived. */
  List<Row> lastTransmission() {
    return jdbc.query("SELECT agency, MAX(received_at) AS last_at FROM cpf_transmission GROUP BY agency",
        (rs, i) -> new Row(Map.of("agency", rs.getString("agency")), rs.getTimestamp("last_at").getTime() / 1000.0));
  }

  private static String county(String tenant) {
    return tenant == null ? NO_COUNTY : tenant;
  }
}
