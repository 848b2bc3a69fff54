package tw.childprotection.flow.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.deadlines.DeadlineRegistry;

/**
 * One case as the 「法定期限」 page shows it, running or closed: its county, whether it is open, the
 * instances it ran (a running one links to Cockpit's own view) and every deadline — the registry's rows,
 * the same {@code GET /api/v1/cases/{caseId}} lists. Outside the viewer's counties a case does not exist.
 */
@Service
class CaseDeadlines {

  record CaseDetail(String caseId, String county, String status, List<CaseRecords.Instance> instances,
      List<Deadline> deadlines) {
  }

  record Deadline(String code, String label, String basis, String startedAt, String dueAt, String status,
      String completedAt) {
  }

  private final CaseRecords cases;
  private final DeadlineRegistry registry;

  CaseDeadlines(CaseRecords cases, DeadlineRegistry registry) {
    this.cases = cases;
    this.registry = registry;
  }

  Optional<CaseDetail> find(String caseId, Viewer viewer) {
    List<CaseRecords.Instance> instances = cases.instances(caseId);
    if (instances.stream().noneMatch(i -> viewer.counties().contains(i.county()))) {
      return Optional.empty();
    }
    // the county handling it now: the running instance (the newest after a transfer), else the last one
    CaseRecords.Instance current = instances.stream().filter(CaseRecords.Instance::running)
        .reduce((first, second) -> second).orElse(instances.get(instances.size() - 1));
    boolean open = instances.stream().anyMatch(CaseRecords.Instance::running);
    List<Deadline> deadlines = registry.forCase(caseId).stream()
        .map(d -> new Deadline(d.code().name(), d.code().label(), d.basis(), iso(d.startedAt()),
            iso(d.dueAt()), d.status().name(), iso(d.completedAt())))
        .toList();
    return Optional.of(new CaseDetail(caseId, current.county(), open ? "OPEN" : "CLOSED", instances, deadlines));
  }

  private static String iso(Instant instant) {
    return instant == null ? null : ComplianceReport.taiwan(instant);
  }
}
