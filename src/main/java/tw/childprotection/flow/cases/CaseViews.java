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
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * Reads a case for the API. Whether the case exists for this user is the engine's tenant check under
 * the user's own authentication: another county's case is simply not found. A user who may see any
 * part of a case — after a transfer (辦法 第14條) the old county sees the instance it ran, the new
 * county the one it runs — reads the whole case, so its history stays readable from both sides.
 */
@Service
class CaseViews {

  private final HistoryService history;
  private final TaskService tasks;
  private final DeadlineRegistry deadlines;
  private final CaseTransfers transfers;
  private final EngineAsSystem system;

  CaseViews(HistoryService history, TaskService tasks, DeadlineRegistry deadlines, CaseTransfers transfers,
      EngineAsSystem system) {
    this.history = history;
    this.tasks = tasks;
    this.deadlines = deadlines;
    this.transfers = transfers;
    this.system = system;
  }

  Optional<CaseView> find(CaseId caseId) {
    String key = caseId.toString();
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0) {
      return Optional.empty();
    }
    return Optional.of(system.call(() -> read(caseId)));
  }

  private CaseView read(CaseId caseId) {
    String key = caseId.toString();
    List<HistoricProcessInstance> roots = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(key).rootProcessInstances()
        .orderByProcessInstanceStartTime().asc().list();
    // the county handling it now: the case's own process (not a part another county ran for it, such
    // as stepping in where a missing child was found), running (the newest, after a transfer), else the last
    List<HistoricProcessInstance> own = roots.stream()
        .filter(p -> caseId.kind().processKey().equals(p.getProcessDefinitionKey())).toList();
    List<HistoricProcessInstance> candidates = own.isEmpty() ? roots : own;
    HistoricProcessInstance current = candidates.stream().filter(p -> p.getEndTime() == null)
        .reduce((first, second) -> second).orElse(candidates.get(candidates.size() - 1));
    boolean open = roots.stream().anyMatch(p -> p.getEndTime() == null);
    List<CaseView.OpenTask> openTasks = tasks.createTaskQuery().processInstanceBusinessKey(key)
        .orderByDueDate().asc().list().stream().map(this::openTask).toList();
    List<CaseView.Deadline> caseDeadlines = deadlines.forCase(key).stream()
        .map(d -> new CaseView.Deadline(d.code().name(), d.basis(), taiwan(d.startedAt()), taiwan(d.dueAt()),
            d.status().name()))
        .toList();
    List<CaseView.Transfer> caseTransfers = transfers.forCase(key).stream()
        .map(t -> new CaseView.Transfer(t.fromCounty(), t.toCounty(), taiwan(t.transferredAt()), t.reason()))
        .toList();
    return new CaseView(key, caseId.kind(), current.getTenantId(),
        open ? CaseView.Status.OPEN : CaseView.Status.CLOSED, openTasks, caseDeadlines, caseTransfers);
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
