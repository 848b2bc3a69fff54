package tw.childprotection.flow.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.Deadlines;

/**
 * Reads a case for the API. Runs under the requesting user's engine authentication, so the engine's
 * tenant check decides whether the case exists for this user: another county's case is simply not
 * found.
 */
@Service
class CaseViews {

  private final HistoryService history;
  private final TaskService tasks;
  private final DeadlineRegistry deadlines;

  CaseViews(HistoryService history, TaskService tasks, DeadlineRegistry deadlines) {
    this.history = history;
    this.tasks = tasks;
    this.deadlines = deadlines;
  }

  Optional<CaseView> find(CaseId caseId) {
    String key = caseId.toString();
    List<HistoricProcessInstance> roots = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(key).rootProcessInstances()
        .orderByProcessInstanceStartTime().asc().list();
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance root = roots.get(0);
    boolean open = roots.stream().anyMatch(p -> p.getEndTime() == null);
    List<CaseView.OpenTask> openTasks = tasks.createTaskQuery().processInstanceBusinessKey(key)
        .orderByDueDate().asc().list().stream().map(this::openTask).toList();
    List<CaseView.Deadline> caseDeadlines = deadlines.forCase(key).stream()
        .map(d -> new CaseView.Deadline(d.code().name(), d.basis(), taiwan(d.startedAt()), taiwan(d.dueAt()),
            d.status().name()))
        .toList();
    return Optional.of(new CaseView(key, caseId.kind(), root.getTenantId(),
        open ? CaseView.Status.OPEN : CaseView.Status.CLOSED, openTasks, caseDeadlines));
  }

  private CaseView.OpenTask openTask(Task task) {
    String group = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
    return new CaseView.OpenTask(task.getId(), task.getName(), group, taiwan(task.getDueDate()));
  }

  private static OffsetDateTime taiwan(Date date) {
    return date == null ? null : taiwan(date.toInstant());
  }

  private static OffsetDateTime taiwan(Instant instant) {
    return instant == null ? null : instant.atZone(Deadlines.TAIWAN).toOffsetDateTime();
  }
}
