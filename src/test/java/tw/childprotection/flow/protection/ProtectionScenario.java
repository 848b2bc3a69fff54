package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.CaseScenario;

/** Starts protection cases as the report intake would; the rest is {@link CaseScenario}. */
public final class ProtectionScenario extends CaseScenario {

  public static final String CHILD_NATIONAL_ID = "A123456789";
  public static final String CHILD_NAME = "測試兒童";

  private final CaseNumbers numbers;

  public ProtectionScenario(ProcessEngine engine, CaseNumbers numbers, DeadlineRegistry registry) {
    super(engine, registry);
    this.numbers = numbers;
  }

  /**
   * The variables {@code ReportIntake} starts a case with for a plain written report by a social worker
   * (Act Art. 53(1) item 3, the child in {@code county}, known two hours before it arrived), built by
   * that same intake code from a valid request; a test overrides what it needs.
   */
  public static Map<String, Object> report(County county, OffsetDateTime receivedAt) {
    ProtectionReportRequest request = new ProtectionReportRequest(
        new ProtectionReportRequest.Reporter("MANDATED", "SOCIAL_WORK", "陳社工", "測試社福中心"),
        receivedAt.minusHours(2).toString(), false, false, List.of(3), "疑似受虐，需調查",
        new ProtectionReportRequest.Child(CHILD_NATIONAL_ID, CHILD_NAME, null, null),
        new ProtectionReportRequest.Location(county.code(), null), null, null, null);
    Map<String, Object> variables = ReportIntake.caseVariables(request, receivedAt.toInstant(), county, "scenario");
    // the dispatch form's answer to Art. 5 para 2 (never presumed at intake), given up front for the
    // tests that do not care about it
    variables.put(VAR_POLICE_DISCOVERED, false);
    return variables;
  }

  public String start(Map<String, Object> variables) {
    County county = County.fromCode((String) variables.get(VAR_COUNTY)).orElseThrow();
    return start(PROCESS_KEY, numbers.next(CaseKind.PROTECTION, county, LocalDate.now()).toString(), variables);
  }
}
