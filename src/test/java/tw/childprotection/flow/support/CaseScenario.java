package tw.childprotection.flow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import tw.childprotection.flow.deadlines.CaseDeadline;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.DeadlineStatus;

/**
 * What every process scenario test does with a case, by its case id (tasks of called processes
 * included): move the engine's clock, run due jobs as the job executor would, work tasks, read the
 * deadline registry, and check a deadline one second before and one second after it passes.
 */
public class CaseScenario {

  protected final ProcessEngine engine;
  private final DeadlineRegistry registry;
  private final Map<String, ProcessInstance> started = new ConcurrentHashMap<>();

  public CaseScenario(ProcessEngine engine, DeadlineRegistry registry) {
    this.engine = engine;
    this.registry = registry;
  }

  /** Starts a case by its process key and runs its first asynchronous steps. */
  protected String start(String processKey, String caseId, Map<String, Object> variables) {
    started.put(caseId, engine.getRuntimeService().startProcessInstanceByKey(processKey, caseId, variables));
    runJobs();
    return caseId;
  }

  /** camunda-bpm-assert on the case's own process instance (running or ended): its path, its state. */
  public ProcessInstanceAssert assertThatCase(String caseId) {
    ProcessInstance instance = started.get(caseId);
    assertThat(instance).as("a case this scenario started: " + caseId).isNotNull();
    AbstractAssertions.init(engine);
    return BpmnAwareTests.assertThat(instance);
  }

  public static void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  /** Runs every due asynchronous step (agency calls) until none is left. */
  public void runJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("asynchronous steps keep coming: a loop in the model?");
  }

  public List<Job> dueTimers(String caseId) {
    return engine.getManagementService().createJobQuery().timers().executable().list().stream()
        // a timer start event (the daily transmission check) belongs to no instance yet
        .filter(job -> job.getProcessInstanceId() != null)
        .filter(job -> caseId.equals(businessKey(job.getProcessInstanceId())))
        .toList();
  }

  public void fireDueTimers(String caseId) {
    List<Job> due = dueTimers(caseId);
    assertThat(due).as("timers due now").isNotEmpty();
    for (Job job : due) {
      // firing one timer may cancel another that was due too (the follow-up year ends its interval)
      if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    runJobs();
  }

  /** One second before: nothing fires and the deadline is PENDING; one second after: it fires, BREACHED. */
  public void pendingUntilThenBreached(String caseId, DeadlineCode code, OffsetDateTime due) {
    at(due.minusSeconds(1));
    assertThat(dueTimers(caseId)).as("nothing due one second before " + code).isEmpty();
    assertThat(deadline(caseId, code).status()).isEqualTo(DeadlineStatus.PENDING);
    at(due.plusSeconds(1));
    fireDueTimers(caseId);
    assertThat(deadline(caseId, code).status()).isEqualTo(DeadlineStatus.BREACHED);
  }

  public Task task(String caseId, String taskDefinitionKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as("open task " + taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  public boolean hasTask(String caseId, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskDefinitionKey).count() > 0;
  }

  public String candidate(String caseId, String taskDefinitionKey) {
    return engine.getTaskService().getIdentityLinksForTask(task(caseId, taskDefinitionKey).getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).findFirst().orElseThrow();
  }

  public void complete(String caseId, String taskDefinitionKey, Object... keyValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    engine.getTaskService().complete(task(caseId, taskDefinitionKey).getId(), variables);
    runJobs();
  }

  /** The latest registry row of a deadline of this case. */
  public CaseDeadline deadline(String caseId, DeadlineCode code) {
    List<CaseDeadline> rows = deadlines(caseId, code);
    assertThat(rows).as("deadline " + code).isNotEmpty();
    return rows.get(rows.size() - 1);
  }

  public List<CaseDeadline> deadlines(String caseId, DeadlineCode code) {
    return registry.forCase(caseId).stream().filter(d -> d.code() == code).toList();
  }

  public boolean isEnded(String caseId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).count() == 0;
  }

  /** Whether the case (or a process it called) went through an activity, e.g. an end event. */
  public boolean passed(String caseId, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).list().stream()
        .anyMatch(a -> caseId.equals(historicBusinessKey(a.getProcessInstanceId())));
  }

  public Object variable(String caseId, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(name).list().stream()
        .filter(v -> caseId.equals(historicBusinessKey(v.getProcessInstanceId())))
        .map(v -> v.getValue()).findFirst().orElse(null);
  }

  private String businessKey(String processInstanceId) {
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return pi == null ? null : pi.getBusinessKey();
  }

  private String historicBusinessKey(String processInstanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getBusinessKey();
  }
}
