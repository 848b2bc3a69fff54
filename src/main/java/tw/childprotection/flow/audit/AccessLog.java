package tw.childprotection.flow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.childprotection.flow.cases.CaseRecordsCleanup;

/**
 * The record of who looked at or changed a case ({@code cpf_case_access}): who, when, which case, what kind
 * of access through which path template, the answer's status, and whether the person had a task in the case.
 * Never the data itself. Kept as long as the case's history: an entry whose case's root process instance has
 * left the history (history cleanup, or an administrator deleting it) is removed with it by records
 * retention (processes/cases/recordsRetention.bpmn), which also removes a closed case's entries with its
 * other records ({@code CaseRetention}).
 */
@Repository
class AccessLog implements CaseRecordsCleanup {

  /** One entry as stored and as shown (no personal data in any field). */
  record AccessEntry(Instant at, String user, String access, String channel, String method, String path, int status,
      boolean withoutTask) {
  }

  private final JdbcTemplate jdbc;

  AccessLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An entry and the case it is about, by number and by the root process instance its history hangs on. */
  record CaseAccess(String caseId, String rootProcessInstanceId, AccessEntry entry) {
  }

  void add(String caseId, String rootProcessInstanceId, AccessEntry entry) {
    addAll(List.of(new CaseAccess(caseId, rootProcessInstanceId, entry)));
  }

  /** Several entries in one batch (the cases a search showed, one entry each). */
  void addAll(List<CaseAccess> accesses) {
    jdbc.batchUpdate("INSERT INTO cpf_case_access (id, case_id, root_process_instance_id, at, by_user, access,"
        + " channel, method, path, status, without_task) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        accesses.stream().map(a -> new Object[] {UUID.randomUUID().toString(), a.caseId(),
            a.rootProcessInstanceId(), Timestamp.from(a.entry().at()), a.entry().user(), a.entry().access(),
            a.entry().channel(), a.entry().method(), a.entry().path(), a.entry().status(), a.entry().withoutTask()})
            .toList());
  }

  List<AccessEntry> of(String caseId) {
    return jdbc.query("SELECT at, by_user, access, channel, method, path, status, without_task FROM cpf_case_access"
        + " WHERE case_id = ? ORDER BY at, id", (row, i) -> new AccessEntry(row.getTimestamp("at").toInstant(),
        row.getString("by_user"), row.getString("access"), row.getString("channel"), row.getString("method"),
        row.getString("path"), row.getInt("status"), row.getBoolean("without_task")), caseId);
  }

  /** Entries of cases whose history is gone go with it; returns how many. */
  @Override
  public int removeWithoutHistory() {
    return jdbc.update("DELETE FROM cpf_case_access WHERE NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p"
        + " WHERE p.ID_ = cpf_case_access.root_process_instance_id)");
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
