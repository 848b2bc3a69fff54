package tw.childprotection.flow.protection.intake;

import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.deadlines.DeadlineCode;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * A protection report becomes a case (辦法 第2–4條): checked in full first, then — in one transaction,
 * so nothing half-written remains — the handling county is decided (第14條), the case numbered and
 * started in that county, the report kept for later jurisdiction questions, and CP_REPORT_24H judged
 * unless the report came verbally first (then the written form's task carries that deadline).
 */
@Service
public class ReportIntake {

  private final Jurisdiction jurisdiction;
  private final CaseNumbers numbers;
  private final RuntimeService runtime;
  private final ProtectionReports reports;
  private final DeadlineRegistry deadlines;
  private final EngineAsSystem system;
  private final ReportIdentities identities;

  ReportIntake(Jurisdiction jurisdiction, CaseNumbers numbers, RuntimeService runtime,
      ProtectionReports reports, DeadlineRegistry deadlines, EngineAsSystem system, ReportIdentities identities) {
    this.identities = identities;
    this.jurisdiction = jurisdiction;
    this.numbers = numbers;
    this.runtime = runtime;
    this.reports = reports;
    this.deadlines = deadlines;
    this.system = system;
  }

  /**
   * The report's own case. {@code identityCheck} is true when the child's identity number is that of an
   * earlier open case under another name or birth date: the case opened all the same (a report is never held
   * back), not counted with the earlier one until a social worker of that case's county reconciles.
   */
  public record Accepted(String caseId, String processInstanceId, String handlingCounty,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean identityCheck) {

    Accepted(String caseId, String processInstanceId, String handlingCounty) {
      this(caseId, processInstanceId, handlingCounty, null);
    }
  }

  @Transactional
  public Accepted receive(ProtectionReportRequest request, String reportedBy) {
    return receive(request, reportedBy, Map.of());
  }

  /**
   * A report made from another case (an active-care visit that found abuse, say); {@code links} are
   * kept on the new case (e.g. the active-care case id), so each case names the other.
   */
  @Transactional
  public Accepted receive(ProtectionReportRequest request, String reportedBy, Map<String, Object> links) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ValidReport report = check(request, now);
    return system.call(() -> {
      List<ProtectionReports.Earlier> earlier = jurisdiction.openEarlier(report);
      List<ProtectionReports.Earlier> sameChild = earlier.stream().filter(e -> identities.sameChild(e, report))
          .toList();
      Optional<ProtectionReports.Earlier> conflicting = earlier.stream().filter(e -> !sameChild.contains(e))
          .findFirst();
      Jurisdiction.Decision handling = jurisdiction.decide(report, sameChild);
      String caseId = numbers.next(CaseKind.PROTECTION, handling.county(),
          LocalDate.ofInstant(now, Deadlines.TAIWAN)).toString();
      Map<String, Object> variables = variables(report, handling, now, reportedBy);
      variables.putAll(links);
      ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, caseId, variables);
      String reportId = reports.add(caseId, report.childNationalId(), report.receivingCounty(), handling.county(),
          now, conflicting.isPresent());
      conflicting.ifPresent(e -> identities.check(e, report, reportId, handling.county()));
      // 第2條 binds the mandated reporters only; the public (第3條) may report at any time, in any way
      if (!report.verbalFirst() && report.reporterType() == ReporterType.MANDATED) {
        deadlines.judged(caseId, instance.getId(), DeadlineCode.CP_REPORT_24H, report.knownAt(),
            report.knownAt().plusSeconds(24 * 3600), now);
      }
      return new Accepted(caseId, instance.getId(), handling.county().code(),
          conflicting.isPresent() ? Boolean.TRUE : null);
    });
  }

  /**
   * The variables a case of this report starts with, handled by {@code handlingCounty}: what
   * {@link #receive} starts the process with once the county is decided, and what scenario tests start
   * their cases with, so the two cannot drift. The report is checked as the API checks it.
   */
  public static Map<String, Object> caseVariables(ProtectionReportRequest request, Instant receivedAt,
      County handlingCounty, String reportedBy) {
    return variables(check(request, receivedAt), new Jurisdiction.Decision(handlingCounty, "given"), receivedAt,
        reportedBy);
  }

  private static ValidReport check(ProtectionReportRequest request, Instant now) {
    return ReportCheck.check(request, now, LocalDate.ofInstant(now, Deadlines.TAIWAN));
  }

  private static Map<String, Object> variables(ValidReport report, Jurisdiction.Decision handling,
      Instant now, String reportedBy) {
    Map<String, Object> v = new HashMap<>();
    v.put(CaseVariables.COUNTY, handling.county().code());
    v.put("jurisdictionBasis", handling.basis());
    v.put(VAR_REPORT_RECEIVED_AT, Date.from(now));
    v.put(VAR_KNOWN_AT, Date.from(report.knownAt()));
    v.put("reportedByUser", reportedBy);
    v.put("reporterType", report.reporterType().name());
    v.put("reporterProfession", report.profession().map(Enum::name).orElse(null));
    v.put("reporterName", report.reporterName());
    v.put("reporterAgency", report.reporterAgency());
    v.put(VAR_URGENT, report.urgent());
    v.put(VAR_VERBAL_FIRST, report.verbalFirst());
    v.put("article53ItemsText", report.article53Items().stream().map(String::valueOf)
        .collect(Collectors.joining(",")));
    v.put("reason", report.reason());
    new CaseVariables.Child(report.childNationalId(), report.childName(),
        report.childBirthDate().map(LocalDate::toString).orElse(null), report.childSex().name()).into(v);
    v.put(CaseVariables.LOCATION_COUNTY, report.locationCounty().code());
    v.put(CaseVariables.LOCATION_ADDRESS, report.locationAddress());
    v.put(CaseVariables.RESIDENCE_COUNTY, report.residenceCounty().map(County::code).orElse(null));
    v.put("receivingCounty", report.receivingCounty().code());
    v.put("movingOrWhereaboutsUnknown", report.movingOrWhereaboutsUnknown());
    // decisions the process takes on its way; the dispatch and assessment forms confirm or change them
    v.put(VAR_JOINT_INVESTIGATION, report.needsJointInvestigation());
    // 第5條第2項 (a case the police seized) is the social worker's statement at dispatch: never presumed
    v.put(VAR_POLICE_INFORMED, report.reportedByPolice());
    v.put(VAR_CRIME_INVOLVED, false);
    v.put(VAR_EMERGENCY_PLACEMENT_NEEDED, false);
    v.put(VAR_CHILD_IS_STUDENT, false);
    v.put(VAR_PLACEMENT_EXCLUDED_HOURS, 0);
    return v;
  }
}
