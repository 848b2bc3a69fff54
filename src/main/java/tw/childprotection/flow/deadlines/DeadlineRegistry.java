package tw.childprotection.flow.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every statutory deadline of every case: code, legal basis, start, due time and status. Written in
 * the engine's own transaction (same data source), so a deadline and the process step that started,
 * met or breached it commit or roll back together.
 */
@Repository
public class DeadlineRegistry {

  private static final String COLUMNS =
      "case_id, code, started_at, due_at, status, completed_at, breached_at";

  private final JdbcTemplate jdbc;

  public DeadlineRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A deadline starts running: PENDING until {@link #met} or {@link #breached}. When the case moved to
   * another county (辦法 第14條) and the same deadline, due at the same moment, is still running there,
   * the new process instance takes it over: one deadline, not a second one started afresh.
   */
  public void start(String caseId, String processInstanceId, DeadlineCode code, Instant startedAt,
      Instant dueAt) {
    int adopted = jdbc.update("UPDATE cpf_case_deadline SET process_instance_id = ? WHERE case_id = ? AND code = ?"
            + " AND due_at = ? AND status = ? AND process_instance_id <> ?",
        processInstanceId, caseId, code.name(), ts(dueAt), DeadlineStatus.PENDING.name(), processInstanceId);
    if (adopted > 0) {
      return;
    }
    jdbc.update("INSERT INTO cpf_case_deadline (id, case_id, process_instance_id, code, started_at, due_at,"
            + " status) VALUES (?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseId, processInstanceId, code.name(), ts(startedAt), ts(dueAt),
        DeadlineStatus.PENDING.name());
  }

  /**
   * The work a deadline governs is done. In time: MET. After the due time, even if the timer has not
   * fired yet (a busy job executor): BREACHED. Already BREACHED: stays so, with the completion time.
   */
  public void met(String processInstanceId, DeadlineCode code, Instant completedAt) {
    jdbc.update("UPDATE cpf_case_deadline SET status = CASE WHEN due_at >= ? THEN ? ELSE ? END,"
            + " breached_at = CASE WHEN due_at >= ? THEN NULL ELSE due_at END, completed_at = ?"
            + " WHERE process_instance_id = ? AND code = ? AND status = ?",
        ts(completedAt), DeadlineStatus.MET.name(), DeadlineStatus.BREACHED.name(), ts(completedAt),
        ts(completedAt), processInstanceId, code.name(), DeadlineStatus.PENDING.name());
    jdbc.update("UPDATE cpf_case_deadline SET completed_at = ? WHERE process_instance_id = ? AND code = ?"
            + " AND status = ? AND completed_at IS NULL",
        ts(completedAt), processInstanceId, code.name(), DeadlineStatus.BREACHED.name());
  }

  /**
   * The law moved a running deadline (Act Art. 58: escort, traffic obstruction and force majeure do
   * not count in the 72 hours): the new due time, while it is still PENDING.
   */
  public void rescheduled(String processInstanceId, DeadlineCode code, Instant dueAt) {
    jdbc.update("UPDATE cpf_case_deadline SET due_at = ? WHERE process_instance_id = ? AND code = ? AND status = ?",
        ts(dueAt), processInstanceId, code.name(), DeadlineStatus.PENDING.name());
  }

  /** The deadline's timer fired before the work was done. */
  public void breached(String processInstanceId, DeadlineCode code, Instant breachedAt) {
    jdbc.update("UPDATE cpf_case_deadline SET status = ?, breached_at = ?"
            + " WHERE process_instance_id = ? AND code = ? AND status = ?",
        DeadlineStatus.BREACHED.name(), ts(breachedAt), processInstanceId, code.name(),
        DeadlineStatus.PENDING.name());
  }

  /** A minimum period ran its full length: MET, however late the timer job actually ran. */
  public void periodCompleted(String processInstanceId, DeadlineCode code, Instant completedAt) {
    jdbc.update("UPDATE cpf_case_deadline SET status = ?, completed_at = ?"
            + " WHERE process_instance_id = ? AND code = ? AND status = ?",
        DeadlineStatus.MET.name(), ts(completedAt), processInstanceId, code.name(),
        DeadlineStatus.PENDING.name());
  }

  /** A minimum period (e.g. Art. 9's one year of follow-up) was cut short: BREACHED when it ended. */
  public void endedEarly(String processInstanceId, DeadlineCode code, Instant endedAt) {
    jdbc.update("UPDATE cpf_case_deadline SET status = ?, breached_at = ?, completed_at = ?"
            + " WHERE process_instance_id = ? AND code = ? AND status = ?",
        DeadlineStatus.BREACHED.name(), ts(endedAt), ts(endedAt), processInstanceId, code.name(),
        DeadlineStatus.PENDING.name());
  }

  /**
   * A deadline judged at once from facts already known, e.g. CP_REPORT_24H at intake: the report
   * came {@code doneAt}, the law wanted it by {@code dueAt}.
   */
  public DeadlineStatus judged(String caseId, String processInstanceId, DeadlineCode code,
      Instant startedAt, Instant dueAt, Instant doneAt) {
    DeadlineStatus status = doneAt.isAfter(dueAt) ? DeadlineStatus.BREACHED : DeadlineStatus.MET;
    jdbc.update("INSERT INTO cpf_case_deadline (id, case_id, process_instance_id, code, started_at, due_at,"
            + " status, completed_at, breached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseId, processInstanceId, code.name(), ts(startedAt), ts(dueAt),
        status.name(), ts(doneAt), status == DeadlineStatus.BREACHED ? ts(dueAt) : null);
    return status;
  }

  public List<CaseDeadline> forCase(String caseId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM cpf_case_deadline WHERE case_id = ?"
        + " ORDER BY started_at, due_at, code", DeadlineRegistry::row, caseId);
  }

  private static CaseDeadline row(ResultSet rs, int rowNum) throws SQLException {
    return new CaseDeadline(
        rs.getString("case_id"),
        DeadlineCode.valueOf(rs.getString("code")),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("due_at")),
        DeadlineStatus.valueOf(rs.getString("status")),
        instant(rs.getTimestamp("completed_at")),
        instant(rs.getTimestamp("breached_at")));
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
