package tw.childprotection.flow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tw.childprotection.flow.deadlines.CaseDeadline;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.DeadlineStatus;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.validation.NationalId;

/**
 * The demo's synthetic cases: sent in through the intakes, across counties, kinds and stages, with met
 * and breached deadlines, closed cases, an incident, and made-up people only. Off in every other test.
 */
@PlatformTest
class DemoCasesTest {

  @Autowired DemoCases demo;
  @Autowired ProcessEngine engine;
  @Autowired DeadlineRegistry registry;
  @Autowired Environment environment;

  @Test
  void syntheticCasesAcrossCountiesKindsAndStagesWithMetBreachedClosedAndOneIncident() {
    long incidentsBefore = engine.getRuntimeService().createIncidentQuery().count();
    long started = System.nanoTime();
    DemoCases.Seeded seeded = demo.seed(30, 42L, Instant.now());
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf("Demo seeding: %d cases in %d s%n", seeded.cases(), seconds);

    assertThat(ClockUtil.getCurrentTime()).as("the engine's clock is back at the present")
        .isCloseTo(new java.util.Date(), 60_000);
    assertThat(seeded.cases()).isEqualTo(31);
    assertThat(seeded.failed()).as("every plan fitted the models").isZero();
    assertThat(seeded.protection()).isPositive();
    assertThat(seeded.activeCare()).isPositive();

    List<HistoricProcessInstance> instances = seeded.caseIds().stream().flatMap(caseId -> engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).rootProcessInstances().list()
        .stream()).toList();
    Set<String> counties = instances.stream().map(HistoricProcessInstance::getTenantId).collect(Collectors.toSet());
    assertThat(counties).hasSizeGreaterThanOrEqualTo(4).contains("TPE").doesNotContain("PEN", "KIN", "LIE");
    assertThat(instances).anySatisfy(p -> assertThat(p.getEndTime()).as("a closed case").isNotNull());
    assertThat(instances).anySatisfy(p -> assertThat(p.getEndTime()).as("a running case").isNull());

    List<CaseDeadline> deadlines = seeded.caseIds().stream().flatMap(c -> registry.forCase(c).stream()).toList();
    assertThat(deadlines).extracting(CaseDeadline::status)
        .contains(DeadlineStatus.MET, DeadlineStatus.BREACHED, DeadlineStatus.PENDING);
    assertThat(deadlines.stream().filter(d -> d.status() == DeadlineStatus.MET).count())
        .as("most deadlines are kept").isGreaterThan(deadlines.stream()
            .filter(d -> d.status() == DeadlineStatus.BREACHED).count());
    assertThat(deadlines.stream().map(d -> d.code().name()).distinct().count()).isGreaterThanOrEqualTo(5);

    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("one agency outage")
        .isEqualTo(incidentsBefore + 1);
    Set<String> ids = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    List<HistoricVariableInstance> nationalIds = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("childNationalId").list().stream().filter(v -> ids.contains(v.getProcessInstanceId())).toList();
    assertThat(nationalIds).isNotEmpty().allSatisfy(v ->
        assertThat(NationalId.check((String) v.getValue())).as("a valid made-up ID").isEmpty());
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("social.tpe").count())
        .as("open tasks handed to the demo's people").isPositive();
  }

  @Test
  void offInTestsAndNeverOnADatabaseThatHasCases() {
    assertThat(environment.getProperty("child-protection.demo.seed.enabled", Boolean.class)).isFalse();
    demo.seed(1, 7L, Instant.now());
    long cases = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    DemoSeedingGate gate = new DemoSeedingGate();
    assertThat(gate.isOpen()).as("closed until the seeding has run").isFalse();
    new DemoCaseSeeding(demo, engine, true, 50, gate).run(null);
    assertThat(gate.isOpen()).as("open once the seeding has decided").isTrue();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .as("a database with cases is not seeded again").isEqualTo(cases);
  }
}
