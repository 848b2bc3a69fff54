package tw.childprotection.flow.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Cases handed to another county for follow-up (辦法 第14條), oldest first. */
@Repository
public class CaseTransfers {

  private final JdbcTemplate jdbc;

  CaseTransfers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Transfer(String caseId, String fromCounty, String toCounty, String fromProcessInstanceId,
      String toProcessInstanceId, Instant transferredAt, String transferredBy, String reason) {
  }

  public void add(Transfer t) {
    jdbc.update("INSERT INTO cpf_case_transfer (id, case_id, from_county, to_county, from_process_instance_id,"
            + " to_process_instance_id, transferred_at, transferred_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), t.caseId(), t.fromCounty(), t.toCounty(), t.fromProcessInstanceId(),
        t.toProcessInstanceId(), Timestamp.from(t.transferredAt()), t.transferredBy(), t.reason());
  }

  public List<Transfer> forCase(String caseId) {
    return jdbc.query("SELECT case_id, from_county, to_county, from_process_instance_id, to_process_instance_id,"
            + " transferred_at, transferred_by, reason FROM cpf_case_transfer WHERE case_id = ?"
            + " ORDER BY transferred_at",
        (rs, n) -> new Transfer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)),
        caseId);
  }
}
