package tw.childprotection.flow.protection.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.childprotection.flow.people.County;

/** The reports received, so the next report on the same child knows who received one before. */
@Repository
class ProtectionReports {

  private final JdbcTemplate jdbc;

  ProtectionReports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Earlier(String caseId, String receivingCounty, Instant receivedAt) {
  }

  void add(String caseId, String childNationalId, County receiving, County handling, Instant receivedAt) {
    jdbc.update("INSERT INTO cpf_protection_report (id, case_id, child_national_id, receiving_county,"
            + " handling_county, received_at) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseId, childNationalId, receiving.code(), handling.code(),
        Timestamp.from(receivedAt));
  }

  /** Earlier reports on the child, oldest first; none when the child's identity number is unknown. */
  List<Earlier> onChild(String childNationalId) {
    if (childNationalId == null) {
      return List.of();
    }
    return jdbc.query("SELECT case_id, receiving_county, received_at FROM cpf_protection_report"
            + " WHERE child_national_id = ? ORDER BY received_at",
        (rs, n) -> new Earlier(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
        childNationalId);
  }
}
