package tw.childprotection.flow.activecare.intake;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * Whether a source serves a child of this age (under six; under seven for overdue vaccination, 註1).
 * The rule is the DMN table processes/active-care/referralEligibility.dmn, so an analyst can change it.
 */
@Component
record ReferralEligibility(DecisionService decisions, EngineAsSystem system) {

  static final String DECISION = "referralEligibility";

  record Decision(boolean eligible, String basis) {
  }

  Decision decide(ReferralSource source, int ageYears) {
    DmnDecisionResultEntries result = system.call(() -> decisions.evaluateDecisionByKey(DECISION)
        .variables(Map.of("source", source.name(), "ageYears", ageYears)).evaluate().getSingleResult());
    return new Decision(Boolean.TRUE.equals(result.getEntry("eligible")), result.getEntry("basis"));
  }
}
