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

  static final String PENDING = "PENDING";
  static final String DIFFERENT = "DIFFERENT";

  private final JdbcTemplate jdbc;

  ProtectionReports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Earlier(String caseId, String receivingCounty, Instant receivedAt) {
  }

  /** @param identityPending whether a person must first say the child is the one of an earlier open case */
  String add(String caseId, String childNationalId, County receiving, County handling, Instant receivedAt,
      boolean identityPending) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO cpf_protection_report (id, case_id, child_national_id, receiving_county,"
            + " handling_county, received_at, identity_status) VALUES (?, ?, ?, ?, ?, ?, ?)",
        id, caseId, childNationalId, receiving.code(), handling.code(), Timestamp.from(receivedAt),
        identityPending ? PENDING : null);
    return id;
  }

  /** A person decided: the same child as the earlier case's (counted with its reports) or another. */
  void reconciled(String reportId, boolean sameChild) {
    jdbc.update("UPDATE cpf_protection_report SET identity_status = ? WHERE id = ?",
        sameChild ? null : DIFFERENT, reportId);
  }

  String identityStatus(String reportId) {
    return jdbc.queryForObject("SELECT identity_status FROM cpf_protection_report WHERE id = ?", String.class,
        reportId);
  }

  /**
   * Earlier reports on the child, oldest first, but those not (yet) known to be this child's; none when the
   * child's identity number is unknown.
   */
  List<Earlier> onChild(String childNationalId) {
    if (childNationalId == null) {
      return List.of();
    }
    return jdbc.query("SELECT case_id, receiving_county, received_at FROM cpf_protection_report"
            + " WHERE child_national_id = ? AND identity_status IS NULL ORDER BY received_at",
        (rs, n) -> new Earlier(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
        childNationalId);
  }
}
