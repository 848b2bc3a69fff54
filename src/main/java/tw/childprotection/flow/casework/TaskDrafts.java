package tw.childprotection.flow.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A task's form saved but not completed (儲存), kept on the server with the task rather than in the
 * browser's storage of a shared office computer; gone when the task completes or is cancelled.
 */
@Repository
public class TaskDrafts {

  /** The largest draft kept: a form's values, not documents (those go to the case file). */
  public static final int MOST_CHARACTERS = 200_000;

  private final JdbcTemplate jdbc;

  TaskDrafts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Draft(String taskId, String savedBy, Instant savedAt, String content) {
  }

  public void save(String taskId, String caseId, String savedBy, Instant at, String content) {
    int updated = jdbc.update("UPDATE cpf_task_draft SET saved_by = ?, saved_at = ?, content = ? WHERE task_id = ?",
        savedBy, Timestamp.from(at), content, taskId);
    if (updated == 0) {
      jdbc.update("INSERT INTO cpf_task_draft (task_id, case_id, saved_by, saved_at, content) VALUES (?, ?, ?, ?, ?)",
          taskId, caseId, savedBy, Timestamp.from(at), content);
    }
  }

  public Optional<Draft> find(String taskId) {
    return jdbc.query("SELECT task_id, saved_by, saved_at, content FROM cpf_task_draft WHERE task_id = ?",
        (rs, n) -> new Draft(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)),
        taskId).stream().findFirst();
  }

  public void delete(String taskId) {
    jdbc.update("DELETE FROM cpf_task_draft WHERE task_id = ?", taskId);
  }
}
