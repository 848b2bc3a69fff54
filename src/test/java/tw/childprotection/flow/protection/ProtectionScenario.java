package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.CaseDeadline;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;

/**
 * What the protection scenario tests share: start a case as the intake would, move the engine's
 * clock, run due jobs as the job executor would, read the deadline registry.
 */
public final class ProtectionScenario {

  private final ProcessEngine engine;
  private final CaseNumbers numbers;
  private final DeadlineRegistry registry;

  public ProtectionScenario(ProcessEngine engine, CaseNumbers numbers, DeadlineRegistry registry) {
    this.engine = engine;
    this.numbers = numbers;
    this.registry = registry;
  }

  /** The variables {@code ReportIntake} sets for a plain written report; override what a test needs. */
  public static Map<String, Object> report(County county, OffsetDateTime receivedAt) {
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_COUNTY, county.code());
    v.put(VAR_REPORT_RECEIVED_AT, Date.from(receivedAt.toInstant()));
    v.put(VAR_KNOWN_AT, Date.from(receivedAt.minusHours(2).toInstant()));
    v.put(VAR_URGENT, false);
    v.put(VAR_VERBAL_FIRST, false);
    v.put(VAR_JOINT_INVESTIGATION, false);
    v.put(VAR_POLICE_DISCOVERED, false);
    v.put(VAR_POLICE_INFORMED, false);
    v.put(VAR_CRIME_INVOLVED, false);
    v.put(VAR_EMERGENCY_PLACEMENT_NEEDED, false);
    v.put(VAR_CHILD_IS_STUDENT, false);
    v.put(VAR_PLACEMENT_EXCLUDED_HOURS, 0);
    v.put("childName", "測試兒童");
    v.put("childNationalId", "A123456789");
    v.put("article53ItemsText", "3");
    return v;
  }

  public String start(Map<String, Object> variables) {
    County county = County.fromCode((String) variables.get(VAR_COUNTY)).orElseThrow();
    String caseId = numbers.next(CaseKind.PROTECTION, county, LocalDate.now()).toString();
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseId, variables);
    runJobs();
    return caseId;
  }

  static void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  /** Runs every due asynchronous step (agency calls) until none is left, as the job executor would. */
  void runJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("asynchronous steps keep coming: a loop in the model?");
  }

  /** The timers of this case (and its placement) that are due now. */
  List<Job> dueTimers(String caseId) {
    return engine.getManagementService().createJobQuery().timers().executable().list().stream()
        .filter(job -> caseId.equals(businessKey(job.getProcessInstanceId())))
        .toList();
  }

  void fireDueTimers(String caseId) {
    List<Job> due = dueTimers(caseId);
    assertThat(due).as("timers due now").isNotEmpty();
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    runJobs();
  }

  /** An open task of the case, in the case's own instance or its placement. */
  Task task(String caseId, String taskDefinitionKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as("open task " + taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  boolean hasTask(String caseId, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskDefinitionKey).count() > 0;
  }

  void complete(String caseId, String taskDefinitionKey, Object... keyValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    engine.getTaskService().complete(task(caseId, taskDefinitionKey).getId(), variables);
    runJobs();
  }

  /** The latest registry row of a deadline of this case. */
  CaseDeadline deadline(String caseId, DeadlineCode code) {
    List<CaseDeadline> rows = deadlines(caseId, code);
    assertThat(rows).as("deadline " + code).isNotEmpty();
    return rows.get(rows.size() - 1);
  }

  List<CaseDeadline> deadlines(String caseId, DeadlineCode code) {
    return registry.forCase(caseId).stream().filter(d -> d.code() == code).toList();
  }

  boolean isEnded(String caseId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).count() == 0;
  }

  private String businessKey(String processInstanceId) {
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return pi == null ? null : pi.getBusinessKey();
  }
}
