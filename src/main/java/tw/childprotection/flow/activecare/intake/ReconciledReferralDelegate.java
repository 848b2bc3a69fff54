package tw.childprotection.flow.activecare.intake;

import static tw.childprotection.flow.activecare.ActiveCareCase.VAR_IDENTITY_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * referralIdentityCheck.bpmn, after the social worker compared the two children: SAME joins the open case
 * as a further source (or a repeat); DIFFERENT opens the referred child's own case. The held referral is
 * then dropped from the check's variables: the case has it now.
 */
@Component("reconciledReferralDelegate")
class ReconciledReferralDelegate implements JavaDelegate {

  private final ReferralIdentities identities;
  private final ReferralIntake intake;

  ReconciledReferralDelegate(ReferralIdentities identities, ReferralIntake intake) {
    this.identities = identities;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReferralIdentities.Held held = identities.held(execution);
    boolean same = "SAME".equals(execution.getVariable(VAR_IDENTITY_DECISION));
    ReferralIntake.Result result = intake.reconciled(held.request(), held.entry(), held.receivedAt(),
        held.referredBy(), same);
    execution.setVariable("resultCaseId", result.caseId());
    execution.removeVariables(ReferralIdentities.heldVariables());
  }
}
