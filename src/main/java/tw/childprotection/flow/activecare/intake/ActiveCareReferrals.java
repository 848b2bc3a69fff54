package tw.childprotection.flow.activecare.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every referral received and what became of it, and each child's latest active-care case. The
 * child's row is the one place two simultaneous referrals of the same child meet: its primary key (or
 * the previous case id in an update) lets only one of them open a case.
 */
@Repository
class ActiveCareReferrals {

  enum Outcome {
    /** opened a case */
    NEW_CASE,
    /** the same child from the same source while its case is open: joins that case */
    DUPLICATE,
    /** the same child from another source while its case is open: a further reason on that case */
    ADDED_SOURCE,
    /** a transmission line of a child whose open case was not yet with social affairs: that stage starts */
    TAKEN_UP,
    /** the identity number of a child with an open case, with another name or birth date: a person decides */
    IDENTITY_CHECK
  }

  private final JdbcTemplate jdbc;

  ActiveCareReferrals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> latestCaseOf(String childNationalId) {
    return jdbc.queryForList("SELECT case_id FROM cpf_active_care_child WHERE child_national_id = ?",
        String.class, childNationalId).stream().findFirst();
  }

  /**
   * Names {@code caseId} as the child's case, if {@code previousCaseId} (none: empty) still is.
   *
   * @return false when another referral got there first; a duplicate key may also be thrown for that
   */
  boolean claim(String childNationalId, Optional<String> previousCaseId, String caseId) {
    if (previousCaseId.isEmpty()) {
      return jdbc.update("INSERT INTO cpf_active_care_child (child_national_id, case_id) VALUES (?, ?)",
          childNationalId, caseId) == 1;
    }
    return jdbc.update("UPDATE cpf_active_care_child SET case_id = ? WHERE child_national_id = ? AND case_id = ?",
        caseId, childNationalId, previousCaseId.get()) == 1;
  }

  void record(String caseId, ReferralSource source, String childNationalId, Outcome outcome, Instant receivedAt,
      String receivedBy) {
    jdbc.update("INSERT INTO cpf_active_care_referral (id, case_id, source, child_national_id, outcome,"
            + " received_at, received_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseId, source.name(), childNationalId, outcome.name(),
        Timestamp.from(receivedAt), receivedBy);
  }

  /** The sources that referred the child of this case, in the order they first did. */
  List<String> sourcesOf(String caseId) {
    return jdbc.queryForList("SELECT source FROM cpf_active_care_referral WHERE case_id = ?"
        + " AND outcome <> 'IDENTITY_CHECK' GROUP BY source ORDER BY MIN(received_at)", String.class, caseId);
  }
}
