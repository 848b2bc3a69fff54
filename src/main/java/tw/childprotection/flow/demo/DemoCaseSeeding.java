package tw.childprotection.flow.demo;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseKind;

/**
 * On a fresh demo database — no case yet — sends in the synthetic cases of {@link DemoCases}, so Tasklist,
 * Cockpit and 「法定期限」 have something to show at first look. Demo profile only, never with
 * {@code postgres}; off with {@code child-protection.demo.seed.enabled=false} (tests switch it off).
 * Runs after the demo people and before the job executor starts (which Camunda starts once the
 * application is ready), as the engine's clock is moved through the cases' past; meanwhile
 * {@link DemoSeedingGate} answers every request "starting", 503.
 */
@Component
@Profile("demo & !postgres")
@Order(20)
class DemoCaseSeeding implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCaseSeeding.class);

  private final DemoCases cases;
  private final HistoryService history;
  private final ProcessEngine engine;
  private final boolean enabled;
  private final int count;
  private final DemoSeedingGate gate;

  DemoCaseSeeding(DemoCases cases, ProcessEngine engine,
      @Value("${child-protection.demo.seed.enabled:true}") boolean enabled,
      @Value("${child-protection.demo.seed.cases:240}") int count, DemoSeedingGate gate) {
    this.gate = gate;
    this.cases = cases;
    this.engine = engine;
    this.history = engine.getHistoryService();
    this.enabled = enabled;
    this.count = count;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      seed();
    } finally {
      gate.open();
    }
  }

  private void seed() {
    if (!enabled || count <= 0) {
      return;
    }
    for (CaseKind kind : CaseKind.values()) {
      if (history.createHistoricProcessInstanceQuery().processDefinitionKey(kind.processKey()).count() > 0) {
        return; // not a fresh database: the demo's cases are there (or real work is)
      }
    }
    Instant started = Instant.now();
    // the engine's clock moves through the cases' past: no job executor may run meanwhile
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    boolean wasRunning = jobExecutor != null && jobExecutor.isActive();
    if (wasRunning) {
      jobExecutor.shutdown();
    }
    DemoCases.Seeded seeded;
    try {
      seeded = cases.seed(count, 20261201L, Instant.now());
    } finally {
      if (wasRunning) {
        jobExecutor.start();
      }
    }
    LOG.info("Demo: {} synthetic cases sent in ({} protection reports, {} active-care referrals, {} stopped early)"
        + " in {} s; turn off with child-protection.demo.seed.enabled=false", seeded.cases(), seeded.protection(),
        seeded.activeCare(), seeded.failed(), Duration.between(started, Instant.now()).toSeconds());
  }
}
