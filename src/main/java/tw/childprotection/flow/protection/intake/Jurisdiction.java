package tw.childprotection.flow.protection.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.intake.ProtectionReports.Earlier;

/**
 * Which county handles a report (辦法 第14條). The rules live in the DMN table
 * processes/protection/jurisdiction.dmn so an analyst can change them; this class only gathers the
 * facts the table needs: which counties already received a report on the same child whose case is
 * still open, and which of them was first.
 */
@Component
record Jurisdiction(DecisionService decisions, HistoryService history, ProtectionReports reports) {

  static final String DECISION = "handlingCounty";

  record Decision(County county, String basis) {
  }

  /** Call as the system: earlier cases may belong to counties the caller cannot see. */
  Decision decide(ValidReport report) {
    return decide(report, openEarlier(report));
  }

  /** The earlier reports on the child whose cases are still open, oldest first. */
  List<Earlier> openEarlier(ValidReport report) {
    return reports.onChild(report.childNationalId()).stream()
        .filter(this::stillOpen)
        .toList();
  }

  /** Decides with {@code open}, the earlier open reports known to be on the same child. */
  Decision decide(ValidReport report, List<Earlier> open) {
    Set<String> counties = new TreeSet<>();
    open.forEach(e -> counties.add(e.receivingCounty()));
    counties.add(report.receivingCounty().code());
    String first = open.isEmpty() ? report.receivingCounty().code() : open.get(0).receivingCounty();

    Map<String, Object> facts = new HashMap<>();
    facts.put("urgent", report.urgent());
    facts.put("movingOrWhereaboutsUnknown", report.movingOrWhereaboutsUnknown());
    facts.put("countiesReporting", counties.size());
    facts.put("residenceCounty", report.residenceCounty().map(County::code).orElse(null));
    facts.put("childLocationCounty", report.locationCounty().code());
    facts.put("firstReceivingCounty", first);
    facts.put("receivingCounty", report.receivingCounty().code());
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION).variables(facts)
        .evaluate().getSingleResult();
    String county = result.getEntry("handlingCounty");
    return new Decision(County.fromCode(county).orElseThrow(() -> new IllegalStateException(
        "jurisdiction.dmn chose '" + county + "', which is not a county code")), result.getEntry("basis"));
  }

  private boolean stillOpen(Earlier earlier) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(earlier.caseId())
        .unfinished().count() > 0;
  }
}
