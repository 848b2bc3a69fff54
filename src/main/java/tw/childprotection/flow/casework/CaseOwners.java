package tw.childprotection.flow.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The social worker who keeps each case's social-work tasks (the case owner). */
@Repository
public class CaseOwners {

  private final JdbcTemplate jdbc;

  CaseOwners(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> ownerOf(String caseId) {
    return jdbc.queryForList("SELECT owner FROM cpf_case_owner WHERE case_id = ?", String.class, caseId).stream()
        .findFirst();
  }

  /** Makes {@code owner} the case's owner; answers whether the case had none before. */
  public boolean set(String caseId, String owner, Instant since) {
    int updated = jdbc.update("UPDATE cpf_case_owner SET owner = ?, since = ? WHERE case_id = ?", owner,
        Timestamp.from(since), caseId);
    if (updated == 0) {
      jdbc.update("INSERT INTO cpf_case_owner (case_id, owner, since) VALUES (?, ?, ?)", caseId, owner,
          Timestamp.from(since));
      return true;
    }
    return false;
  }

  public List<String> casesOf(String owner) {
    return jdbc.queryForList("SELECT case_id FROM cpf_case_owner WHERE owner = ? ORDER BY case_id", String.class,
        owner);
  }
}
