package tw.childprotection.flow.deadlines;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read-only figures over the deadline registry for managers and operations: how many deadlines of each
 * code are running, met and breached, per county. The county of a deadline is the tenant of the process
 * instance that holds it — the county accountable for it (after a transfer, 辦法 第14條, a deadline still
 * running moves with the case; one already decided stays with the county that decided it). Closed cases
 * count like running ones: their rows stay in the registry and their instances in the history.
 */
@Repository
public class DeadlineFigures {

  /** One deadline row joined to the county (tenant) of its process instance. */
  private static final String FROM = " FROM cpf_case_deadline d JOIN ACT_HI_PROCINST p"
      + " ON p.ID_ = d.process_instance_id WHERE p.TENANT_ID_ IN ";

  private final JdbcTemplate jdbc;

  public DeadlineFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Per county and code. {@code pending} and {@code dueSoon} are the state at {@code now};
   * {@code met} and {@code breached} count outcomes decided in [from, to): MET by its completion time,
   * BREACHED by the time it was breached.
   */
  public record Tally(String county, DeadlineCode code, long pending, long dueSoon, long met, long breached) {

    public Tally plus(Tally other) {
      return new Tally(county, code, pending + other.pending, dueSoon + other.dueSoon, met + other.met,
          breached + other.breached);
    }

    /** Met of decided, 0–1; null when none was decided. */
    public Double complianceRate() {
      long decided = met + breached;
      return decided == 0 ? null : (double) met / decided;
    }
  }

  /** A deadline past its due time whose work is still outstanding, or was never done. */
  public record Overdue(String caseId, String county, DeadlineCode code, Instant dueAt, DeadlineStatus status,
      String processInstanceId, boolean instanceRunning) {
  }

  public List<Tally> tallies(Collection<String> counties, Instant now, Instant soon, Instant from, Instant to) {
    if (counties.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>(List.of(ts(now), ts(soon), ts(from), ts(to), ts(from), ts(to)));
    args.addAll(counties);
    return jdbc.query("SELECT p.TENANT_ID_ AS county, d.code AS code,"
            + " SUM(CASE WHEN d.status = 'PENDING' THEN 1 ELSE 0 END) AS pending,"
            + " SUM(CASE WHEN d.status = 'PENDING' AND d.due_at >= ? AND d.due_at < ? THEN 1 ELSE 0 END) AS due_soon,"
            + " SUM(CASE WHEN d.status = 'MET' AND d.completed_at >= ? AND d.completed_at < ? THEN 1 ELSE 0 END)"
            + " AS met,"
            + " SUM(CASE WHEN d.status = 'BREACHED' AND d.breached_at >= ? AND d.breached_at < ? THEN 1 ELSE 0 END)"
            + " AS breached" + FROM + in(counties) + " GROUP BY p.TENANT_ID_, d.code",
        (rs, n) -> new Tally(rs.getString("county"), DeadlineCode.valueOf(rs.getString("code")),
            rs.getLong("pending"), rs.getLong("due_soon"), rs.getLong("met"), rs.getLong("breached")),
        args.toArray());
  }

  /**
   * Past due and not done — PENDING beyond its due time (the timer not yet run) or BREACHED without the
   * work completed — oldest first.
   */
  public List<Overdue> overdue(Collection<String> counties, Instant now, int limit) {
    if (counties.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>(counties);
    args.add(ts(now));
    return jdbc.query("SELECT d.case_id, p.TENANT_ID_ AS county, d.code, d.due_at, d.status,"
            + " d.process_instance_id, p.END_TIME_ AS ended" + FROM + in(counties)
            + " AND ((d.status = 'PENDING' AND d.due_at < ?) OR (d.status = 'BREACHED' AND d.completed_at IS NULL))"
            + " ORDER BY d.due_at, d.case_id",
        rs -> {
          List<Overdue> rows = new ArrayList<>();
          while (rows.size() < limit && rs.next()) {
            rows.add(new Overdue(rs.getString("case_id"), rs.getString("county"),
                DeadlineCode.valueOf(rs.getString("code")), rs.getTimestamp("due_at").toInstant(),
                DeadlineStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
                rs.getTimestamp("ended") == null));
          }
          return rows;
        },
        args.toArray());
  }

  private static String in(Collection<String> values) {
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
