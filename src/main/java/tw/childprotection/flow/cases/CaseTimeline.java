package tw.childprotection.flow.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * A case's history as people read it: the case opened, then each completed step — when, who, what it
 * decided (in the words of its form) — and what was done to the case beside its steps (reassigned,
 * documents filed), oldest first. Read from the engine's history, so nothing has to remember to write it.
 */
@Component
public class CaseTimeline {

  /** One entry; {@code outcome} may be null (a step that recorded nothing). */
  public record Entry(Instant at, String step, String by, String outcome) {
  }

  static final String OPENED = "立案";

  private final HistoryService history;
  private final StepOutcome outcomes;
  private final CaseEvents events;

  CaseTimeline(HistoryService history, StepOutcome outcomes, CaseEvents events) {
    this.history = history;
    this.outcomes = outcomes;
    this.events = events;
  }

  /** Call with the engine's authorization checks off: the caller's right to the case is already checked. */
  public List<Entry> of(String caseId, List<HistoricProcessInstance> instances, CaseFacts facts) {
    List<Entry> entries = new ArrayList<>();
    instances.stream().filter(p -> p.getSuperProcessInstanceId() == null).findFirst()
        .ifPresent(first -> entries.add(new Entry(first.getStartTime().toInstant(), OPENED,
            facts.openedBy() != null ? facts.openedBy() : first.getStartUserId(), facts.reason())));
    Map<String, Map<String, Object>> setByActivity = variablesSetPerActivity(instances);
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseId)
        .finished().orderByHistoricTaskInstanceEndTime().asc().list()) {
      if (task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())) {
        continue; // cancelled by the process (a boundary timer, the case ending), not done by anyone
      }
      Map<String, Object> set = setByActivity.getOrDefault(task.getActivityInstanceId(), Map.of());
      entries.add(new Entry(task.getEndTime().toInstant(), task.getName(), completedBy(task), outcomes.of(set)));
    }
    events.forCase(caseId).forEach(e -> entries.add(new Entry(e.at(), e.step(), e.by(), e.outcome())));
    entries.sort(Comparator.comparing(Entry::at));
    return entries;
  }

  private Map<String, Map<String, Object>> variablesSetPerActivity(List<HistoricProcessInstance> instances) {
    Map<String, Map<String, Object>> perActivity = new HashMap<>();
    if (instances.isEmpty()) {
      return perActivity;
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids)
        .orderPartiallyByOccurrence().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && detail.getActivityInstanceId() != null) {
        perActivity.computeIfAbsent(detail.getActivityInstanceId(), a -> new LinkedHashMap<>())
            .put(update.getVariableName(), update.getValue());
      }
    }
    return perActivity;
  }

  private String completedBy(HistoricTaskInstance task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst().orElse(null);
  }
}
