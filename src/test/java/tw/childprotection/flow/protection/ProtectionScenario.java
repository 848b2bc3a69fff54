package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.CaseScenario;

/** Starts protection cases as the report intake would; the rest is {@link CaseScenario}. */
public final class ProtectionScenario extends CaseScenario {

  private final CaseNumbers numbers;

  public ProtectionScenario(ProcessEngine engine, CaseNumbers numbers, DeadlineRegistry registry) {
    super(engine, registry);
    this.numbers = numbers;
  }

  /** The variables {@code ReportIntake} sets for a plain written report; override what a test needs. */
  public static Map<String, Object> report(County county, OffsetDateTime receivedAt) {
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_COUNTY, county.code());
    v.put(VAR_REPORT_RECEIVED_AT, Date.from(receivedAt.toInstant()));
    v.put(VAR_KNOWN_AT, Date.from(receivedAt.minusHours(2).toInstant()));
    v.put(VAR_URGENT, false);
    v.put(VAR_VERBAL_FIRST, false);
    v.put(VAR_JOINT_INVESTIGATION, false);
    v.put(VAR_POLICE_DISCOVERED, false);
    v.put(VAR_POLICE_INFORMED, false);
    v.put(VAR_CRIME_INVOLVED, false);
    v.put(VAR_EMERGENCY_PLACEMENT_NEEDED, false);
    v.put(VAR_CHILD_IS_STUDENT, false);
    v.put(VAR_PLACEMENT_EXCLUDED_HOURS, 0);
    v.put("childName", "測試兒童");
    v.put("childNationalId", "A123456789");
    v.put("article53ItemsText", "3");
    return v;
  }

  public String start(Map<String, Object> variables) {
    County county = County.fromCode((String) variables.get(VAR_COUNTY)).orElseThrow();
    return start(PROCESS_KEY, numbers.next(CaseKind.PROTECTION, county, LocalDate.now()).toString(), variables);
  }
}
