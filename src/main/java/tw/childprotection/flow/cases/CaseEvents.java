package tw.childprotection.flow.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What people did to a case outside a task's form — reassigned it, filed a document — with who and
 * why, shown in the case's timeline beside its completed steps. The outcome never carries a national ID.
 */
@Repository
public class CaseEvents {

  private final JdbcTemplate jdbc;

  CaseEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Event(String caseId, Instant at, String step, String by, String outcome) {
  }

  public void add(Event event) {
    jdbc.update("INSERT INTO cpf_case_event (id, case_id, at, step, by_user, outcome) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), event.caseId(), Timestamp.from(event.at()), event.step(), event.by(),
        event.outcome() == null ? null : StepOutcome.hide(event.outcome()));
  }

  public List<Event> forCase(String caseId) {
    return jdbc.query("SELECT case_id, at, step, by_user, outcome FROM cpf_case_event WHERE case_id = ? ORDER BY at",
        (rs, n) -> new Event(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rs.getString(5)),
        caseId);
  }
}
