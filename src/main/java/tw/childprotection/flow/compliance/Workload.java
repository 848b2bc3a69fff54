package tw.childprotection.flow.compliance;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Open work per worker and per candidate group of the viewer's counties, so a supervisor sees who is
 * overloaded before a deadline is missed. Read from the engine's task tables (read only), grouped in
 * the database: one query each, however many tasks are open. A task's county is its tenant.
 */
@Repository
class Workload {

  public record Report(List<String> counties, String generatedAt, List<Worker> workers, List<Group> groups) {
  }

  /** Tasks a worker holds (assigned to them). */
  public record Worker(String county, String userId, String name, long open, long overdue, long dueWithin24h) {
  }

  /** Tasks offered to a group; {@code unassigned}: nobody has taken them yet. */
  public record Group(String county, String groupId, String name, long open, long unassigned, long overdue,
      long dueWithin24h) {
  }

  private static final String COUNTS = " COUNT(*) AS open_tasks,"
      + " SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS overdue,"
      + " SUM(CASE WHEN t.DUE_DATE_ >= ? AND t.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS due_soon";

  private final JdbcTemplate jdbc;

  Workload(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Report of(List<String> counties) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (counties.isEmpty()) {
      return new Report(counties, ComplianceReport.taiwan(now), List.of(), List.of());
    }
    List<Worker> workers = jdbc.query("SELECT t.TENANT_ID_ AS county, t.ASSIGNEE_ AS assignee,"
            + " MAX(u.FIRST_) AS first_name, MAX(u.LAST_) AS last_name," + COUNTS
            + " FROM ACT_RU_TASK t LEFT JOIN ACT_ID_USER u ON u.ID_ = t.ASSIGNEE_"
            + " WHERE t.ASSIGNEE_ IS NOT NULL AND t.TENANT_ID_ IN " + in(counties)
            + " GROUP BY t.TENANT_ID_, t.ASSIGNEE_ ORDER BY overdue DESC, open_tasks DESC, t.ASSIGNEE_",
        (rs, n) -> new Worker(rs.getString("county"), rs.getString("assignee"),
            name(rs.getString("first_name"), rs.getString("last_name")), rs.getLong("open_tasks"),
            rs.getLong("overdue"), rs.getLong("due_soon")),
        args(now, counties));
    List<Group> groups = jdbc.query("SELECT t.TENANT_ID_ AS county, i.GROUP_ID_ AS group_id,"
            + " MAX(g.NAME_) AS group_name," + COUNTS + ","
            + " SUM(CASE WHEN t.ASSIGNEE_ IS NULL THEN 1 ELSE 0 END) AS unassigned"
            + " FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK i ON i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate'"
            + " LEFT JOIN ACT_ID_GROUP g ON g.ID_ = i.GROUP_ID_"
            + " WHERE i.GROUP_ID_ IS NOT NULL AND t.TENANT_ID_ IN " + in(counties)
            + " GROUP BY t.TENANT_ID_, i.GROUP_ID_ ORDER BY t.TENANT_ID_, overdue DESC, i.GROUP_ID_",
        (rs, n) -> new Group(rs.getString("county"), rs.getString("group_id"), rs.getString("group_name"),
            rs.getLong("open_tasks"), rs.getLong("unassigned"), rs.getLong("overdue"), rs.getLong("due_soon")),
        args(now, counties));
    return new Report(counties, ComplianceReport.taiwan(now), workers, groups);
  }

  private static Object[] args(Instant now, Collection<String> counties) {
    List<Object> args = new ArrayList<>(List.of(Timestamp.from(now), Timestamp.from(now),
        Timestamp.from(now.plus(Duration.ofHours(24)))));
    args.addAll(counties);
    return args.toArray();
  }

  private static String in(Collection<String> values) {
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  private static String name(String first, String last) {
    String full = (first == null ? "" : first) + (last == null ? "" : last);
    return full.isEmpty() ? null : full;
  }
}
