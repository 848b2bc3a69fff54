package tw.childprotection.flow.protection.intake;

import static tw.childprotection.flow.protection.ChildProtectionCase.PROCESS_KEY;
import static tw.childprotection.flow.protection.ChildProtectionCase.REPORT_IDENTITY_CHECK_KEY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.people.County;

/**
 * No report counted on the wrong child: an earlier open case with the report's identity number but another
 * name or birth date is not the same child until a social worker of that case's county says so
 * (reportIdentityCheck.bpmn). Until then the report's case runs on its own, its jurisdiction decided
 * without the earlier case (辦法 第14條).
 */
@Component
class ReportIdentities {

  static final String VAR_REPORT_ID = "heldReportId";

  private final RuntimeService runtime;

  ReportIdentities(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Whether the earlier case's child is the report's by name and birth date (unknown ones do not differ). */
  boolean sameChild(ProtectionReports.Earlier earlier, ValidReport report) {
    ProcessInstance instance = instance(earlier);
    if (instance == null) {
      return true;
    }
    CaseVariables.Child child = CaseVariables.Child.of(runtime.getVariables(instance.getId(), CaseVariables.CHILD));
    return agrees(child.name(), report.childName())
        && agrees(child.birthDate(), report.childBirthDate().map(LocalDate::toString).orElse(null));
  }

  /** A task for the earlier case's county; it learns the new case's county, never its number. */
  void check(ProtectionReports.Earlier earlier, ValidReport report, String reportId, County handling) {
    ProcessInstance instance = instance(earlier);
    Map<String, Object> known = runtime.getVariables(instance.getId(), CaseVariables.CHILD);
    Map<String, Object> v = new HashMap<>();
    v.put(CaseVariables.COUNTY, instance.getTenantId());
    v.put("caseId", earlier.caseId());
    v.put("existingChildName", known.get(CaseVariables.CHILD_NAME));
    v.put("existingChildBirthDate", known.get(CaseVariables.CHILD_BIRTH_DATE));
    v.put("reportedChildName", report.childName());
    v.put("reportedChildBirthDate", report.childBirthDate().map(LocalDate::toString).orElse("未載"));
    v.put("reportHandlingCounty", handling.code());
    v.put(VAR_REPORT_ID, reportId);
    runtime.startProcessInstanceByKey(REPORT_IDENTITY_CHECK_KEY, "IDC-" + UUID.randomUUID(), v);
  }

  private ProcessInstance instance(ProtectionReports.Earlier earlier) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(earlier.caseId()).singleResult();
  }

  private static boolean agrees(String known, String reported) {
    return known == null || reported == null || Objects.equals(known.trim(), reported.trim());
  }
}
