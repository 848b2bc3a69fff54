package tw.childprotection.flow.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which cases are still open, and the process instances a case ran in which counties, read from the
 * engine's history tables (read only) — as a Cockpit plugin's own queries do — so closed cases are found
 * as well as running ones. A case is open while any of its instances runs (CONTRACT §3, case status).
 */
@Repository
class CaseRecords {

  record Instance(String processInstanceId, String processDefinitionKey, String county, boolean running) {
  }

  private final JdbcTemplate jdbc;

  CaseRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Set<String> openOf(Collection<String> caseIds) {
    if (caseIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.queryForList("SELECT DISTINCT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE END_TIME_ IS NULL"
        + " AND BUSINESS_KEY_ IN (" + String.join(", ", Collections.nCopies(caseIds.size(), "?")) + ")",
        String.class, new ArrayList<>(caseIds).toArray()));
  }

  /** The case's root instances, oldest first. */
  List<Instance> instances(String caseId) {
    return jdbc.query("SELECT ID_, PROC_DEF_KEY_, TENANT_ID_, END_TIME_ FROM ACT_HI_PROCINST"
            + " WHERE BUSINESS_KEY_ = ? AND SUPER_PROCESS_INSTANCE_ID_ IS NULL ORDER BY START_TIME_, ID_",
        (rs, n) -> new Instance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4) == null),
        caseId);
  }
}
