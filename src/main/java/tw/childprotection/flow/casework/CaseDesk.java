package tw.childprotection.flow.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.cases.CaseFacts;
import tw.childprotection.flow.cases.CaseId;
import tw.childprotection.flow.cases.CaseTimeline;
import tw.childprotection.flow.cases.CaseView;
import tw.childprotection.flow.cases.CaseViews;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.NotFoundException;

/**
 * What Tasklist shows of a case (issue 11): above every task's form, who the child is, why the case
 * exists, the stage, the legal due time and what the earlier steps found; on the 「案件」 tab the whole
 * case and its file. Everything is read for the logged-in user: a task or case of another county is
 * not found.
 */
@Service
public class CaseDesk {

  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final CaseViews cases;
  private final CaseOwners owners;
  private final CaseFile file;
  private final EngineAsSystem system;
  private final CurrentUser user;

  CaseDesk(TaskService tasks, HistoryService history, RepositoryService repository, CaseViews cases,
      CaseOwners owners, CaseFile file, EngineAsSystem system, CurrentUser user) {
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.cases = cases;
    this.owners = owners;
    this.file = file;
    this.system = system;
    this.user = user;
  }

  /** The child as a caseworker is told it: name, age today, sex in words. */
  public record Child(String name, String birthDate, String age, String sex) {
  }

  /** The case above a task's form. */
  public record TaskCase(String caseId, String taskId, String taskName, String county, String countyName,
      Child child, String reason, String stage, OffsetDateTime due, List<CaseView.Deadline> pendingDeadlines,
      List<CaseView.Step> findings, String owner) {
  }

  /** A task's card in the list: which case, which child, when it is legally due. */
  public record Card(String caseId, String childName, OffsetDateTime due) {
  }

  /** The 「案件」 tab: the case, who owns it, the cases linked to it, its file. */
  public record Folder(CaseView view, String countyName, Child child, String reason, String owner,
      List<String> linkedCases, List<CaseFile.Document> documents) {
  }

  public TaskCase taskCase(String taskId) {
    Task task = visibleTask(taskId);
    CaseId caseId = caseOf(task);
    CaseView view = cases.find(caseId).orElseThrow(() -> new NotFoundException("taskId", taskId));
    CaseFacts facts = cases.facts(caseId).orElseThrow();
    List<CaseView.Step> findings = view.timeline().stream()
        .filter(s -> s.outcome() != null && !s.step().equals(view.timeline().get(0).step())).toList();
    List<CaseView.Deadline> pending = view.deadlines().stream().filter(d -> "PENDING".equals(d.status())).toList();
    return new TaskCase(caseId.toString(), task.getId(), task.getName(), view.county(), countyName(view.county()),
        child(facts), facts.reason(), stage(task), taiwan(task.getDueDate()), pending, findings,
        owners.ownerOf(caseId.toString()).orElse(null));
  }

  public Card card(String taskId) {
    Task task = visibleTask(taskId);
    CaseId caseId = caseOf(task);
    String name = cases.facts(caseId).map(f -> f.child().name()).orElse(null);
    return new Card(caseId.toString(), name, taiwan(task.getDueDate()));
  }

  public Folder folder(String caseIdText) {
    CaseId caseId = CaseId.parse(caseIdText).orElseThrow(() -> new NotFoundException("caseId", caseIdText));
    CaseView view = cases.find(caseId).orElseThrow(() -> new NotFoundException("caseId", caseIdText));
    CaseFacts facts = cases.facts(caseId).orElseThrow();
    List<String> linked = new ArrayList<>(facts.linkedCases());
    view.transfers().forEach(t -> linked.add("移轉：" + countyName(t.fromCounty()) + " → " + countyName(t.toCounty())));
    return new Folder(view, countyName(view.county()), child(facts), facts.reason(),
        owners.ownerOf(caseId.toString()).orElse(null), linked, file.list(caseId.toString()));
  }

  public CaseView.Search search(String q) {
    return cases.search(q);
  }

  /** The current user's open task {@code taskId}; another county's task is not found. */
  Task visibleTask(String taskId) {
    Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      throw new NotFoundException("taskId", String.valueOf(taskId));
    }
    return task;
  }

  CaseId caseOf(Task task) {
    String key = system.call(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
    return CaseId.parse(key).orElseThrow(() -> new NotFoundException("taskId", task.getId()));
  }

  String currentUser() {
    return user.id();
  }

  private String stage(Task task) {
    return system.call(() -> {
      List<String> names = new ArrayList<>();
      ModelElementInstance element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
          .getModelElementById(task.getTaskDefinitionKey());
      for (ModelElementInstance parent = element.getParentElement(); parent != null;
          parent = parent.getParentElement()) {
        if (parent instanceof SubProcess || parent instanceof Process) {
          String name = parent instanceof FlowElement flow ? flow.getName() : ((Process) parent).getName();
          if (name != null && !name.isBlank()) {
            names.add(0, name.replace("\n", ""));
          }
        }
      }
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      if (names.isEmpty() && instance.getProcessDefinitionName() != null) {
        names.add(instance.getProcessDefinitionName());
      }
      return String.join(" › ", names);
    });
  }

  private static Child child(CaseFacts facts) {
    CaseView.Child child = facts.child();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.TAIWAN);
    String sex = child.sex() == null ? null : switch (child.sex()) {
      case "F" -> "女";
      case "M" -> "男";
      default -> "不詳";
    };
    return new Child(child.name(), child.birthDate(), facts.age(today), sex);
  }

  static String countyName(String code) {
    return code == null ? null : County.fromCode(code).map(County::nameZh).orElse(code);
  }

  static OffsetDateTime taiwan(Date date) {
    return date == null ? null : taiwan(date.toInstant());
  }

  static OffsetDateTime taiwan(Instant instant) {
    return instant.atZone(Deadlines.TAIWAN).toOffsetDateTime();
  }

}
