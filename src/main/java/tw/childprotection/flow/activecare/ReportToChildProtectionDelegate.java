package tw.childprotection.flow.activecare;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;

/**
 * Found along the way — abuse, lack of proper care or another need (flowchart, every stage): a report
 * under Arts. 53 and 54 of the Act opens a child-protection case for the same child. Each case names
 * the other ({@code protectionCaseId} here, {@code activeCareCaseId} there).
 */
@Component("reportToChildProtectionDelegate")
class ReportToChildProtectionDelegate implements JavaDelegate {

  static final String DEFAULT_REASON = "主動關懷查訪發現疑似兒虐、疏忽或其他需照顧情事（兒童及少年福利與權益保障法第53、54條）";

  private final ReportIntake intake;

  ReportToChildProtectionDelegate(ReportIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    String county = (String) execution.getVariable(ActiveCareCase.VAR_COUNTY);
    String reason = (String) execution.getVariable(ActiveCareCase.VAR_CONCERN_REASON);
    CaseVariables.Child child = CaseVariables.Child.of(execution.getVariables());
    ProtectionReportRequest report = new ProtectionReportRequest(
        new ProtectionReportRequest.Reporter("MANDATED", "SOCIAL_WORK", null, "主動關懷個案 " + caseId),
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(8)).toString(),
        false, false, items(execution.getVariable(ActiveCareCase.VAR_CONCERN_ITEMS)),
        reason == null || reason.isBlank() ? DEFAULT_REASON : reason,
        new ProtectionReportRequest.Child(child.nationalId(), child.name(), child.birthDate(), child.sex()),
        new ProtectionReportRequest.Location(county, null), county, county, false);
    ReportIntake.Accepted accepted = intake.receive(report, "active-care:" + caseId,
        Map.of("activeCareCaseId", caseId));
    execution.setVariable(ActiveCareCase.VAR_PROTECTION_CASE_ID, accepted.caseId());
  }

  /** The Art. 53(1) items the form named (a Json list or "1,3"); item 6 (other harm) when none. */
  static List<Integer> items(Object value) {
    List<Integer> items = new ArrayList<>();
    if (value != null) {
      for (String part : value.toString().replaceAll("[^0-9,]", "").split(",")) {
        if (!part.isBlank()) {
          items.add(Integer.parseInt(part));
        }
      }
    }
    return items.isEmpty() ? List.of(6) : items;
  }
}
