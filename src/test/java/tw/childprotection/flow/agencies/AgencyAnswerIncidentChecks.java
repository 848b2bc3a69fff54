package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.childprotection.flow.agencies.immigration.HttpImmigration;

/**
 * Issue 14 item 2: an agency answer that breaks its contract (docs/agencies/immigration.yaml: {@code abroad}
 * is a required boolean) is an incident, never a silent default. Through an engine, as a case meets it: an
 * asynchronous service task asks the immigration agency over HTTP; each broken answer fails the job, the
 * retries run out, and the incident names the field but neither the child nor the answer's value. A
 * well-formed answer goes through. The engine is a plain one of its own, on the database a subclass names: H2
 * ({@code AgencyAnswerIncidentH2Test}) and PostgreSQL ({@code AgencyAnswerIncidentPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgencyAnswerIncidentChecks {

  static final String PROCESS = "agencyAnswerProbe";
  static final String CHILD = "A123456789";

  final FakeAgencyServer server = new FakeAgencyServer();
  ProcessEngine engine;

  /** Points the engine at its database, where it creates its tables and drops them when closed. */
  abstract void database(ProcessEngineConfigurationImpl config);

  @BeforeAll
  void engine() {
    HttpImmigration immigration = new HttpImmigration(server.properties(), server.restClient());
    JavaDelegate ask = execution -> execution.setVariable("abroad", immigration.entryExit(new ChildQuery(
        execution.getProcessInstanceId() + ":ask", "AC-TPE-2026-000001", "TPE", CHILD, Map.of())).abroad());
    ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("agency-answer-incidents");
    database(config);
    config.setJobExecutorActivate(false);
    config.setBeans(Map.of("askImmigration", ask));
    engine = config.buildProcessEngine();
    BpmnModelInstance probe = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
        .serviceTask("askImmigration").camundaAsyncBefore().camundaDelegateExpression("${askImmigration}")
        .camundaFailedJobRetryTimeCycle("R3/PT10M").userTask("afterTheAnswer").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", probe).deploy();
  }

  @AfterAll
  void close() {
    if (engine != null) {
      engine.close();
    }
    server.close();
  }

  @AfterEach
  void wellFormedAgain() {
    server.answer(201, "{\"abroad\":false}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"lastExit\":\"2026-01-02\"}", "{\"abroad\":null}", "{\"abroad\":1}",
      "{\"abroad\":\"false\"}", "{\"abroad\":\"no\"}", "{\"abroad\":false,\"abroad\":true}",
      "[]"})
  void anAnswerThatBreaksTheContractBecomesAnIncidentAfterTheRetries(String answer) {
    server.answer(200, answer);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();

    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = job(instance);
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).as("attempt %s", attempt)
          .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("breaks its contract");
    }

    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incidents.get(0).getActivityId()).isEqualTo("askImmigration");
    assertThat(incidents.get(0).getIncidentMessage()).contains("breaks its contract").doesNotContain(CHILD)
        .doesNotContain("2026-01-02").doesNotContain("no\"");
    assertThat(engine.getRuntimeService().getVariable(instance, "abroad")).as("no default read").isNull();
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance)).containsExactly("askImmigration");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aWellFormedAnswerGoesThrough(boolean abroad) {
    server.answer(200, "{\"abroad\":" + abroad + ",\"lastExit\":\"2026-01-02\",\"extra\":\"ignored\"}");
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();

    engine.getManagementService().executeJob(job(instance).getId());

    assertThat(engine.getRuntimeService().getVariable(instance, "abroad")).isEqualTo(abroad);
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance)).containsExactly("afterTheAnswer");
  }

  private Job job(String instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
  }
}
