package tw.childprotection.flow.activecare;

import java.time.Instant;
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
 *
 * <p>Whoever found it reports at once, in their own name: the step's inputs {@code reporterProfession},
 * {@code reporterAgency} and {@code concernKnownAt} (the moment of the visit that found it) name the
 * police officer or the village officer; without them the reporter is the case's social affairs and the
 * moment is now. A concern the finder already reported is not reported again by the household office's
 * later review of the replies.
 */
@Component("reportToChildProtectionDelegate")
class ReportToChildProtectionDelegate implements JavaDelegate {

  static final String VAR_REPORTER_PROFESSION = "reporterProfession";
  static final String VAR_REPORTER_AGENCY = "reporterAgency";
  static final String VAR_CONCERN_KNOWN_AT = "concernKnownAt";
  static final String DEFAULT_REASON = "主動關懷查訪發現疑似兒虐、疏忽或其他需照顧情事（兒童及少年福利與權益保障法第53、54條）";

  private final ReportIntake intake;

  ReportToChildProtectionDelegate(ReportIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    Object profession = execution.getVariable(VAR_REPORTER_PROFESSION);
    if (profession == null && execution.getVariable(ActiveCareCase.VAR_PROTECTION_CASE_ID) != null) {
      return; // the police or the district office reported it when they found it
    }
    String county = (String) execution.getVariable(ActiveCareCase.VAR_COUNTY);
    String reason = (String) execution.getVariable(ActiveCareCase.VAR_CONCERN_REASON);
    CaseVariables.Child child = CaseVariables.Child.of(execution.getVariables());
    Object agency = execution.getVariable(VAR_REPORTER_AGENCY);
    Instant knownAt = EnteredTimes.of(execution.getVariable(VAR_CONCERN_KNOWN_AT))
        .orElse(ClockUtil.getCurrentTime().toInstant());
    ProtectionReportRequest report = new ProtectionReportRequest(
        new ProtectionReportRequest.Reporter("MANDATED", profession == null ? "SOCIAL_WORK" : profession.toString(),
            null, (agency == null ? "" : agency + "，") + "主動關懷個案 " + caseId),
        OffsetDateTime.ofInstant(knownAt, ZoneOffset.ofHours(8)).toString(),
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
