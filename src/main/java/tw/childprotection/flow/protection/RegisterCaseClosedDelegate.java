package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionInformationSystem;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecord;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;

/** The closed case is recorded in the protection information system. */
@Component("registerCaseClosedDelegate")
class RegisterCaseClosedDelegate implements JavaDelegate {

  private final ProtectionInformationSystem protectionInfo;

  RegisterCaseClosedDelegate(ProtectionInformationSystem protectionInfo) {
    this.protectionInfo = protectionInfo;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(protectionInfo.register(new ProtectionRecord(step.idempotencyKey(), step.caseId(), step.county(),
        ProtectionRecordType.CASE_CLOSED, step.details("protectionDecision", "familyOutcome", "longTermPlan"))));
  }
}
