package tw.childprotection.flow.reporting;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * The reports a user filed (辦法 第2條), read back for "my reports": number, date, handling county
 * (第14條) and nothing else of the case. The intake keeps who reported on the case as
 * {@value #VAR_REPORTED_BY}; this reads it as the system, since a reporter may read no case.
 */
@Service
record MyReports(HistoryService history, EngineAsSystem system) {

  /** Set by protection/intake/ReportIntake on every case it opens. */
  static final String VAR_REPORTED_BY = "reportedByUser";

  record MyReport(String caseId, OffsetDateTime reportedAt, String handlingCounty, String handlingCountyName) {
  }

  /** Newest first. */
  List<MyReport> of(String userId) {
    return system.call(() -> {
      Set<String> instances = history.createHistoricVariableInstanceQuery().variableValueEquals(VAR_REPORTED_BY, userId)
          .list().stream().map(HistoricVariableInstance::getProcessInstanceId).collect(Collectors.toSet());
      if (instances.isEmpty()) {
        return List.of();
      }
      return history.createHistoricProcessInstanceQuery().processInstanceIds(instances)
          .processDefinitionKey(ChildProtectionCase.PROCESS_KEY).list().stream()
          .sorted(Comparator.comparing(p -> p.getStartTime(), Comparator.reverseOrder()))
          .map(p -> new MyReport(p.getBusinessKey(), p.getStartTime().toInstant().atZone(Deadlines.TAIWAN)
              .toOffsetDateTime(), p.getTenantId(), County.fromCode(p.getTenantId()).map(County::nameZh).orElse(null)))
          .toList();
    });
  }
}
