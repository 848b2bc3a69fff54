package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseStep;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionInformationSystem;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecord;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;

/** Registers the report in the protection information system (保護資訊系統), Arts. 2–3. */
@Component("registerReportDelegate")
class RegisterReportDelegate implements JavaDelegate {

  private final ProtectionInformationSystem protectionInfo;

  RegisterReportDelegate(ProtectionInformationSystem protectionInfo) {
    this.protectionInfo = protectionInfo;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStep step = new CaseStep(execution);
    step.record(protectionInfo.register(new ProtectionRecord(step.idempotencyKey(), step.caseId(), step.county(),
        ProtectionRecordType.REPORT_RECEIVED, step.details("childName", "childNationalId", "childBirthDate", "childSex", "knownAt", "reportReceivedAt", "urgent", "article53ItemsText", "reporterProfession"))));
  }
}
