package tw.childprotection.flow.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseId;
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * The case a task, a process instance or an execution belongs to (its root instance's business key), and
 * whether a person had a task in it. Read past the tenant check: a refused look at another county's case is
 * recorded for that county too.
 */
@Component
class CaseOfRequest {

  /** A case, by number and by the root process instance its history hangs on. */
  record CaseRef(String caseId, String rootProcessInstanceId) {
  }

  /** A case a search found, and whether the person had a task in it. */
  record Found(CaseRef ref, boolean hadTask) {
  }

  private final HistoryService history;
  private final RuntimeService runtime;
  private final EngineAsSystem system;
  private final NamedParameterJdbcTemplate jdbc;

  CaseOfRequest(HistoryService history, RuntimeService runtime, EngineAsSystem system,
      NamedParameterJdbcTemplate jdbc) {
    this.history = history;
    this.runtime = runtime;
    this.system = system;
    this.jdbc = jdbc;
  }

  Optional<CaseRef> of(AccessPaths.Target target) {
    return system.call(() -> switch (target.kind()) {
      case CASE -> ofCaseId(target.id());
      case TASK -> Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(target.id()).singleResult())
          .map(HistoricTaskInstance::getProcessInstanceId).flatMap(this::ofInstance);
      case PROCESS_INSTANCE -> ofInstance(target.id());
      case EXECUTION -> Optional.ofNullable(runtime.createExecutionQuery().executionId(target.id()).singleResult())
          .map(Execution::getProcessInstanceId).flatMap(this::ofInstance);
    });
  }

  /**
   * Whether the person was given any task of the case, or was offered one through a group of the case's
   * county (a social worker of another county is in the same group, but not offered this county's tasks).
   */
  boolean hadTask(String caseId, String user, List<String> groups, List<String> counties) {
    return worked(List.of(caseId), user, groups, counties).contains(caseId);
  }

  /**
   * Those of the cases in which the person had a task (as {@link #hadTask} says for one): the engine's history of
   * tasks, their assignees and candidate groups (what the engine's taskAssignee and taskHadCandidateGroup ask), in
   * one statement for them all. Only the cases' numbers are read, not each task: a search's 50 cases may hold
   * hundreds of tasks offered to a social worker's group.
   */
  private Set<String> worked(List<String> caseIds, String user, List<String> groups, List<String> counties) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("cases", caseIds);
    parameters.put("user", user);
    boolean offered = !groups.isEmpty() && !counties.isEmpty();
    if (offered) {
      parameters.put("groups", groups);
      parameters.put("counties", counties);
    }
    return new HashSet<>(jdbc.queryForList("SELECT DISTINCT p.BUSINESS_KEY_ FROM ACT_HI_TASKINST t"
        + " JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ IN (:cases)"
        + " AND (t.ASSIGNEE_ = :user" + (offered ? " OR (t.TENANT_ID_ IN (:counties) AND EXISTS (SELECT 1"
        + " FROM ACT_HI_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'"
        + " AND l.GROUP_ID_ IN (:groups)))" : "") + ")",
        parameters, String.class));
  }

  /**
   * For the cases a search found, in their order: each one's reference (as {@link #of} gives it for one case) and
   * whether the person had a task in it (as {@link #hadTask}), in two statements for them all, however many.
   */
  List<Found> found(List<String> caseIds, String user, List<String> groups, List<String> counties) {
    List<String> keys = caseIds.stream().filter(id -> CaseId.parse(id).isPresent()).distinct().toList();
    if (keys.isEmpty()) {
      return List.of();
    }
    Map<String, String> firstRoot = new HashMap<>();
    jdbc.query("SELECT BUSINESS_KEY_, ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IN (:cases)"
        + " AND SUPER_PROCESS_INSTANCE_ID_ IS NULL ORDER BY START_TIME_, ID_", Map.of("cases", keys),
        row -> {
          firstRoot.putIfAbsent(row.getString(1), row.getString(2));
        });
    Set<String> worked = worked(keys, user, groups, counties);
    List<Found> found = new ArrayList<>();
    for (String key : keys) {
      if (firstRoot.containsKey(key)) {
        found.add(new Found(new CaseRef(key, firstRoot.get(key)), worked.contains(key)));
      }
    }
    return found;
  }

  private Optional<CaseRef> ofCaseId(String caseId) {
    if (CaseId.parse(caseId).isEmpty()) {
      return Optional.empty();
    }
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).rootProcessInstances()
        .orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst()
        .map(root -> new CaseRef(caseId, root.getId()));
  }

  private Optional<CaseRef> ofInstance(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    String rootId = instance.getRootProcessInstanceId() == null ? instance.getId()
        : instance.getRootProcessInstanceId();
    HistoricProcessInstance root = rootId.equals(instance.getId()) ? instance
        : history.createHistoricProcessInstanceQuery().processInstanceId(rootId).singleResult();
    String caseId = root == null ? null : root.getBusinessKey();
    return caseId != null && CaseId.parse(caseId).isPresent() ? Optional.of(new CaseRef(caseId, rootId))
        : Optional.empty();
  }
}
