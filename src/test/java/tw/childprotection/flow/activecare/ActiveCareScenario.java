package tw.childprotection.flow.activecare;

import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import tw.childprotection.flow.activecare.intake.ReferralIntake;
import tw.childprotection.flow.activecare.intake.ReferralRequest;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.CaseScenario;

/** Starts active-care cases in Taipei as the referral intake would; the rest is {@link CaseScenario}. */
final class ActiveCareScenario extends CaseScenario {

  private final CaseNumbers numbers;

  ActiveCareScenario(ProcessEngine engine, CaseNumbers numbers, DeadlineRegistry registry) {
    super(engine, registry);
    this.numbers = numbers;
  }

  /**
   * The variables {@code ReferralIntake} starts a case with for a referral of a girl born 2023-05-01
   * registered in Taipei, built by that same intake code from a valid request.
   */
  static Map<String, Object> referral(String source, String childNationalId, OffsetDateTime receivedAt) {
    ReferralRequest request = new ReferralRequest(source,
        new ReferralRequest.Child(childNationalId, "林小安", "2023-05-01", "F"), County.TPE.code(), "臺北市中正區",
        List.of(), Map.of());
    return ReferralIntake.caseVariables(request, receivedAt.toInstant(), "scenario");
  }

  String start(Map<String, Object> variables) {
    return start(PROCESS_KEY, numbers.next(CaseKind.ACTIVE_CARE, County.TPE, LocalDate.now()).toString(), variables);
  }
}
