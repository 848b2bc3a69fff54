package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionInformationSystem;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecord;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;

/** Art. 4 para 3: the investigation report goes to the protection information system. */
@Component("registerInvestigationReportDelegate")
class RegisterInvestigationReportDelegate implements JavaDelegate {

  private final ProtectionInformationSystem protectionInfo;

  RegisterInvestigationReportDelegate(ProtectionInformationSystem protectionInfo) {
    this.protectionInfo = protectionInfo;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(protectionInfo.register(new ProtectionRecord(step.idempotencyKey(), step.caseId(), step.county(),
        ProtectionRecordType.INVESTIGATION_REPORT, step.details("safetyLevel", "protectionDecision", "visitedAt"))));
  }
}
