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
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.runtime.Execution;
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

  CaseOfRequest(HistoryService history, RuntimeService runtime, EngineAsSystem system) {
    this.history = history;
    this.runtime = runtime;
    this.system = system;
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
    return system.call(() -> taskQueries(new String[] {caseId}, user, groups, counties).stream()
        .anyMatch(query -> query.count() > 0));
  }

  /** The tasks of these cases the person was given, then those offered to each of his groups in his counties. */
  private List<HistoricTaskInstanceQuery> taskQueries(String[] caseIds, String user, List<String> groups,
      List<String> counties) {
    List<HistoricTaskInstanceQuery> queries = new ArrayList<>();
    queries.add(history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(caseIds).taskAssignee(user));
    for (String group : counties.isEmpty() ? List.<String>of() : groups) {
      queries.add(history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(caseIds)
          .taskHadCandidateGroup(group).tenantIdIn(counties.toArray(String[]::new)));
    }
    return queries;
  }

  /**
   * For the cases a search found, in their order: each one's reference (as {@link #of} gives it for one case) and
   * whether the person had a task in it (as {@link #hadTask}), in four queries for them all, however many.
   */
  List<Found> found(List<String> caseIds, String user, List<String> groups, List<String> counties) {
    String[] keys = caseIds.stream().filter(id -> CaseId.parse(id).isPresent()).distinct().toArray(String[]::new);
    if (keys.length == 0) {
      return List.of();
    }
    return system.call(() -> {
      Map<String, String> caseOfInstance = new HashMap<>();
      Map<String, String> firstRoot = new HashMap<>();
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyIn(keys).orderByProcessInstanceStartTime().asc().list()) {
        caseOfInstance.put(instance.getId(), instance.getBusinessKey());
        if (instance.getSuperProcessInstanceId() == null) {
          firstRoot.putIfAbsent(instance.getBusinessKey(), instance.getId());
        }
      }
      Set<String> worked = new HashSet<>();
      taskQueries(keys, user, groups, counties).forEach(query -> query.list()
          .forEach(task -> worked.add(caseOfInstance.get(task.getProcessInstanceId()))));
      List<Found> found = new ArrayList<>();
      for (String key : keys) {
        if (firstRoot.containsKey(key)) {
          found.add(new Found(new CaseRef(key, firstRoot.get(key)), worked.contains(key)));
        }
      }
      return found;
    });
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
