package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.PLACEMENT_DEADLINE;
import static tw.childprotection.flow.protection.ChildProtectionCase.PLACEMENT_ASSESSMENT;
import static tw.childprotection.flow.protection.ChildProtectionCase.PLACEMENT_PROCESS_KEY;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PLACED_AT;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ConflictException;
import tw.childprotection.flow.validation.InputCheck;

/**
 * Act Art. 58, as it happens: an interval of escort in transit, traffic obstruction or other force
 * majeure during an emergency placement is recorded with its reason, and the 72 hours of Art. 57 move
 * by its length — the timer, the deadline in the registry and the due date of the open 72-hour tasks.
 * Only while the 72 hours still run: once they are over, the case must choose at once (see the model).
 */
@Service
public class PlacementPauses {

  public enum Reason { ESCORT, TRAFFIC, FORCE_MAJEURE }

  public record PauseRequest(String from, String to, String reason, String note) {
  }

  public record Recorded(String caseId, Instant dueAt, List<PlacementClock.Pause> pauses) {
  }

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final DeadlineRegistry registry;
  private final PlacementClock clock;

  PlacementPauses(RuntimeService runtime, ManagementService management, TaskService tasks,
      DeadlineRegistry registry, PlacementClock clock) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.registry = registry;
    this.clock = clock;
  }

  /** Call as the system, after checking the caller may act for the case's county. */
  @Transactional
  public Recorded record(String caseId, PauseRequest request, String by) {
    PauseRequest body = request == null ? new PauseRequest(null, null, null, null) : request;
    ProcessInstance placement = runningPlacement(caseId);
    Job timer = management.createJobQuery().processInstanceId(placement.getId()).activityId(PLACEMENT_DEADLINE)
        .timers().singleResult();
    if (timer == null) {
      throw new ConflictException(new ApiError("caseId", "PLACEMENT_72H_NOT_RUNNING",
          "the 72 hours of this placement are no longer running: Art. 58 intervals are recorded as they occur",
          "本件緊急安置之72小時已不在計算中；本法第58條不計入之時間應於發生時登錄"));
    }
    Map<String, Object> variables = runtime.getVariables(placement.getId());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant placedAt = CaseDates.moment(variables.get(VAR_PLACED_AT)).orElse(null);
    List<PlacementClock.Pause> pauses = clock.pauses(variables::get);

    InputCheck check = new InputCheck();
    Optional<Instant> from = CaseDates.past(check, "from", body.from(), placedAt, now);
    Optional<Instant> to = CaseDates.past(check, "to", body.to(), placedAt, now);
    check.oneOf("reason", body.reason(), Reason.class);
    if (check.required("note", body.note()) && body.note().length() > 500) {
      check.add("note", "TOO_LONG", "at most 500 characters", "最多 500 字");
    }
    if (from.isPresent() && to.isPresent()) {
      if (!to.get().isAfter(from.get())) {
        check.add("to", "NOT_AFTER_FROM", "must be later than from", "須晚於起始時間");
      } else if (pauses.stream().anyMatch(p -> p.from().isBefore(to.get()) && from.get().isBefore(p.to()))) {
        check.add("from", "OVERLAPS", "overlaps an interval already recorded", "與已登錄之不計入時間重疊");
      }
    }
    check.throwIfInvalid();

    pauses.add(new PlacementClock.Pause(from.get(), to.get(), body.reason(), body.note(), by, now));
    pauses.sort(Comparator.comparing(PlacementClock.Pause::from));
    runtime.setVariable(placement.getId(), PlacementClock.VAR_PAUSES, clock.write(pauses));
    variables.put(PlacementClock.VAR_PAUSES, clock.write(pauses));
    Date due = clock.dueAt(variables::get);
    management.setJobDuedate(timer.getId(), due);
    registry.rescheduled(placement.getId(), DeadlineCode.CP_PLACEMENT_72H, due.toInstant());
    for (Task task : tasks.createTaskQuery().processInstanceId(placement.getId())
        .taskDefinitionKey(PLACEMENT_ASSESSMENT).list()) {
      task.setDueDate(due);
      tasks.saveTask(task);
    }
    return new Recorded(caseId, due.toInstant(), pauses);
  }

  ProcessInstance runningPlacement(String caseId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PLACEMENT_PROCESS_KEY)
        .processInstanceBusinessKey(caseId).list().stream().findFirst()
        .orElseThrow(() -> new ConflictException(new ApiError("caseId", "NOT_PLACED",
            "the child of this case is not in an emergency placement", "本案兒少目前未緊急安置")));
  }
}
