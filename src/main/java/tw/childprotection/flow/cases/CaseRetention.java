package tw.childprotection.flow.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A closed case's own records go when its history's time to live runs out, as Camunda's history cleanup
 * removes the case's history then (removal-time strategy: end of the case plus the process's
 * historyTimeToLive). What counts as the case's records is the table below: every table of ours keyed by
 * case (CaseRetentionTest fails when one is missing). An open case keeps everything: it has no retention
 * row, and a case with a running process is never cleared.
 */
@Repository
public class CaseRetention {

  /** processes/cases/recordsRetention.bpmn: clears closed cases' records past their time to live. */
  public static final String RECORDS_RETENTION_KEY = "recordsRetention";

  /** Our tables that hold a case's records, each by its column {@code case_id}. */
  public static final List<String> CASE_TABLES = List.of(
      "cpf_case_deadline",         // deadlines and their verdicts
      "cpf_protection_report",     // the report and its reporter (Art. 2, 3)
      "cpf_case_transfer",         // jurisdiction transfers (Art. 14)
      "cpf_active_care_referral",  // the sources that referred the child (flowchart)
      "cpf_active_care_child",     // the child's number index for joining referrals
      "cpf_case_event",            // the timeline's events outside forms
      "cpf_case_owner",            // the case's social worker
      "cpf_case_attachment",       // the case file's documents
      "cpf_task_draft",            // drafts left on tasks
      "cpf_case_access",           // the access audit: who looked at the case
      "cpf_simulated_agency_receipt"); // what a simulated agency received (mode simulator only, ADR 0015)

  /** How many cases one run clears, so that a run's transaction stays short. */
  static final int CASES_PER_RUN = 500;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  CaseRetention(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  /** The case's last process ended now: its records go {@code days} later (the later date wins). */
  public void caseEnded(String caseId, Instant now, int days) {
    Timestamp removal = Timestamp.from(now.plus(days, ChronoUnit.DAYS));
    int updated = jdbc.update(
        "UPDATE cpf_case_retention SET removal_time = ? WHERE case_id = ? AND removal_time < ?", removal, caseId,
        removal);
    if (updated == 0 && removalTime(caseId) == null) {
      try {
        jdbc.update("INSERT INTO cpf_case_retention (case_id, removal_time) VALUES (?, ?)", caseId, removal);
      } catch (DuplicateKeyException otherNodeFirst) {
        jdbc.update("UPDATE cpf_case_retention SET removal_time = ? WHERE case_id = ? AND removal_time < ?",
            removal, caseId, removal);
      }
    }
  }

  public Instant removalTime(String caseId) {
    List<Timestamp> found = jdbc.queryForList("SELECT removal_time FROM cpf_case_retention WHERE case_id = ?",
        Timestamp.class, caseId);
    return found.isEmpty() ? null : found.get(0).toInstant();
  }

  /** Removes the records of the cases whose time is up and that have no running process; returns how many. */
  public int removeDue(Instant now) {
    JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
    limited.setMaxRows(CASES_PER_RUN);
    List<String> due = limited.queryForList("SELECT r.case_id FROM cpf_case_retention r WHERE r.removal_time <= ?"
        + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.BUSINESS_KEY_ = r.case_id)"
        + " ORDER BY r.removal_time", String.class, Timestamp.from(now));
    if (due.isEmpty()) {
      return 0;
    }
    Map<String, List<String>> ids = Map.of("ids", due);
    for (String table : CASE_TABLES) {
      named.update("DELETE FROM " + table + " WHERE case_id IN (:ids)", ids);
    }
    named.update("DELETE FROM cpf_case_retention WHERE case_id IN (:ids)", ids);
    return due.size();
  }
}
