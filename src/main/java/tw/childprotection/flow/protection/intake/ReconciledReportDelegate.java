package tw.childprotection.flow.protection.intake;

import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_IDENTITY_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * reportIdentityCheck.bpmn, after the social worker compared the two children: SAME counts the report with
 * the earlier case's for jurisdiction from now on (辦法 第14條); DIFFERENT keeps it apart for good.
 */
@Component("reconciledReportDelegate")
class ReconciledReportDelegate implements JavaDelegate {

  private final ProtectionReports reports;

  ReconciledReportDelegate(ProtectionReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.reconciled((String) execution.getVariable(ReportIdentities.VAR_REPORT_ID),
        "SAME".equals(execution.getVariable(VAR_IDENTITY_DECISION)));
  }
}
