package tw.childprotection.flow.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.NationalProcesses;

/**
 * What operations alerts on, as Prometheus series under {@code /actuator/prometheus} (docs/operations.md):
 * deadlines by code, county and status, overdue ones and breaches in the last day; cases opened and closed
 * by kind and county; open incidents; the job executor's backlog, its age and failed jobs; open alarms and
 * the last arrival of the agencies' scheduled transmissions. Counted from the database — so every node
 * of a cluster reports the same figures — every {@code child-protection.metrics.refresh} (30 s), not per
 * scrape. Request latency is Spring Boot's own {@code http_server_requests_seconds}.
 */
@Component
public class OperationsMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  private final OperationsFigures figures;
  private final MultiGauge deadlines;
  private final MultiGauge overdue;
  private final MultiGauge breachesLastDay;
  private final MultiGauge casesOpened;
  private final MultiGauge casesClosed;
  private final MultiGauge incidents;
  private final MultiGauge transmissionAlarms;
  private final MultiGauge lastTransmission;
  private final AtomicReference<double[]> jobs = new AtomicReference<>(new double[3]);

  OperationsMetrics(OperationsFigures figures, MeterRegistry registry) {
    this.figures = figures;
    deadlines = gauge(registry, "cpf.deadlines", "Statutory deadlines in the registry by code, county and status");
    overdue = gauge(registry, "cpf.deadlines.overdue", "Deadlines past due whose work is not done");
    breachesLastDay = gauge(registry, "cpf.deadline.breaches.last.day", "Deadlines breached in the last 24 hours");
    casesOpened = gauge(registry, "cpf.cases.opened", "Cases opened, by kind and handling county");
    casesClosed = gauge(registry, "cpf.cases.closed", "Cases closed, by kind and county");
    incidents = gauge(registry, "cpf.incidents.open", "Open incidents (retries ran out), by county and type");
    transmissionAlarms = gauge(registry, "cpf.transmission.alarms.open",
        "Open alarms of a scheduled agency transmission that was missed or short");
    lastTransmission = gauge(registry, "cpf.transmission.last.received.seconds",
        "When the agency's last transmission arrived (Unix time)");
    Gauge.builder("cpf.jobs.backlog", jobs, j -> j.get()[0])
        .description("Jobs due and not yet taken by the job executor").register(registry);
    Gauge.builder("cpf.jobs.backlog.oldest.seconds", jobs, j -> j.get()[1])
        .description("How long the oldest job of the backlog has been due").register(registry);
    Gauge.builder("cpf.jobs.failed", jobs, j -> j.get()[2])
        .description("Jobs without retries left (an incident each)").register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    scheduled();
  }

  @Scheduled(fixedDelayString = "${child-protection.metrics.refresh:30s}",
      initialDelayString = "${child-protection.metrics.refresh:30s}")
  void scheduled() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("Operations metrics not refreshed: {}", e.getClass().getSimpleName());
    }
  }

  /** Counts everything again from the database. */
  public void refresh() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, String> kinds = Arrays.stream(CaseKind.values())
        .collect(Collectors.toMap(CaseKind::processKey, Enum::name));
    deadlines.register(rows(figures.deadlines()), true);
    overdue.register(rows(figures.overdueDeadlines(now)), true);
    breachesLastDay.register(rows(figures.breachesSince(now.minus(Duration.ofHours(24)))), true);
    casesOpened.register(rows(figures.cases(false, kinds)), true);
    casesClosed.register(rows(figures.cases(true, kinds)), true);
    incidents.register(rows(figures.openIncidents()), true);
    transmissionAlarms.register(rows(figures.openTransmissionAlarms(NationalProcesses.TRANSMISSION_ALARM_KEY)), true);
    lastTransmission.register(rows(figures.lastTransmission()), true);
    jobs.set(new double[] {figures.jobBacklog(now), figures.oldestDueSeconds(now), figures.failedJobs()});
  }

  private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
    return MultiGauge.builder(name).description(description).register(registry);
  }

  private static List<MultiGauge.Row<?>> rows(List<OperationsFigures.Row> rows) {
    return rows.stream().<MultiGauge.Row<?>>map(r -> MultiGauge.Row.of(tags(r.labels()), r.value())).toList();
  }

  private static Tags tags(Map<String, String> labels) {
    Tags tags = Tags.empty();
    for (Map.Entry<String, String> label : labels.entrySet()) {
      tags = tags.and(label.getKey(), label.getValue());
    }
    return tags;
  }
}
