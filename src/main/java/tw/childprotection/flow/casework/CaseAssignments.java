package tw.childprotection.flow.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.cases.CaseEvents;
import tw.childprotection.flow.cases.CaseId;
import tw.childprotection.flow.cases.CaseView;
import tw.childprotection.flow.cases.CaseViews;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.InvalidInputException;
import tw.childprotection.flow.validation.NotFoundException;

/**
 * A supervisor moves a case, or all of a worker's cases (a sick or departing worker), to another social
 * worker of the county: the owner changes, the open social-work tasks follow, and the timeline says who
 * did it and why.
 */
@Service
public class CaseAssignments {

  static final String REASSIGNED = "改派承辦社工";

  private final CaseViews cases;
  private final CaseOwners owners;
  private final CaseEvents events;
  private final TaskService tasks;
  private final IdentityService identity;
  private final EngineAsSystem system;
  private final CurrentUser user;

  CaseAssignments(CaseViews cases, CaseOwners owners, CaseEvents events, TaskService tasks,
      IdentityService identity, EngineAsSystem system, CurrentUser user) {
    this.cases = cases;
    this.owners = owners;
    this.events = events;
    this.tasks = tasks;
    this.identity = identity;
    this.system = system;
    this.user = user;
  }

  /** What a reassignment moved. */
  public record Reassigned(List<String> cases, int tasks) {
  }

  @Transactional
  public Reassigned reassignCase(String caseIdText, String to, String reason) {
    String by = supervisor();
    CaseId caseId = CaseId.parse(caseIdText).filter(cases::visible)
        .orElseThrow(() -> new NotFoundException("caseId", String.valueOf(caseIdText)));
    check(to, reason);
    return new Reassigned(List.of(caseId.toString()), move(caseId, to, reason, by));
  }

  @Transactional
  public Reassigned reassignWorker(String from, String to, String reason) {
    String by = supervisor();
    check(to, reason);
    List<String> moved = new ArrayList<>();
    int movedTasks = 0;
    for (String key : owners.casesOf(from)) {
      CaseId caseId = CaseId.parse(key).orElseThrow();
      if (cases.visible(caseId)) {
        movedTasks += move(caseId, to, reason, by);
        moved.add(key);
      }
    }
    if (moved.isEmpty()) {
      throw new NotFoundException("worker", String.valueOf(from));
    }
    return new Reassigned(moved, movedTasks);
  }

  private int move(CaseId caseId, String to, String reason, String by) {
    CaseView view = cases.find(caseId).orElseThrow();
    if (!socialWorkerOf(to, view.county())) {
      InputCheck check = new InputCheck();
      check.add("to", "NOT_A_SOCIAL_WORKER_OF_COUNTY", "must be a social worker of the case's county",
          "須為本案所屬縣市的社工");
      throw new InvalidInputException(check.errors());
    }
    String from = owners.ownerOf(caseId.toString()).orElse(null);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    owners.set(caseId.toString(), to, now);
    int moved = system.call(() -> {
      int n = 0;
      for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
          .taskCandidateGroup(Groups.SOCIAL_WORKER).includeAssignedTasks().list()) {
        tasks.setAssignee(task.getId(), to);
        n++;
      }
      return n;
    });
    events.add(new CaseEvents.Event(caseId.toString(), now, REASSIGNED, by,
        "由 " + (from == null ? "（未指定）" : from) + " 改派給 " + to + "，原因：" + reason.strip()));
    return moved;
  }

  private String supervisor() {
    if (!user.groups().contains(Groups.SOCIAL_SUPERVISOR) && !user.administrator()) {
      throw new ForbiddenException("only a social supervisor reassigns cases");
    }
    return user.id();
  }

  private static void check(String to, String reason) {
    InputCheck check = new InputCheck();
    check.required("to", to);
    if (check.required("reason", reason) && reason.strip().length() > 500) {
      check.add("reason", "TOO_LONG", "at most 500 characters", "最多 500 字");
    }
    check.throwIfInvalid();
  }

  private boolean socialWorkerOf(String userId, String county) {
    return system.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(Groups.SOCIAL_WORKER).count() > 0
        && identity.createTenantQuery().tenantId(county).userMember(userId).count() > 0);
  }
}
