package tw.childprotection.flow.protection;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.ConflictException;

/**
 * The Tasklist way to start 辦法 第12、13條 work on an open case: a social worker starts
 * "啟動選擇性保護處置" with the case id and the measure; only people of the county handling the case
 * now may. An error here is shown to the social worker in Tasklist and nothing is started.
 */
@Component("startProtectionMeasureDelegate")
record StartProtectionMeasureDelegate(ProtectionMeasures measures, EngineAsSystem system) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable("caseId");
    String requestedBy = (String) execution.getVariable("requestedBy");
    String county = system.call(() -> measures.currentCounty(caseId)).orElseThrow(() -> new ProcessEngineException(
        "查無進行中之案件 " + caseId + "（no open case " + caseId + "）"));
    boolean ofThatCounty = requestedBy != null && execution.getProcessEngineServices().getIdentityService()
        .createTenantQuery().userMember(requestedBy).includingGroupsOfUser(true).tenantId(county).count() > 0;
    if (!ofThatCounty) {
      throw new ProcessEngineException("案件 " + caseId + " 不屬於您的縣市，無法啟動處置（" + caseId
          + " is not a case of your county）");
    }
    try {
      ProtectionMeasures.Measure measure = ProtectionMeasures.measure((String) execution.getVariable("measure"));
      // the social worker may not change other process instances; the county check above stands in
      system.call(() -> measures.start(caseId, measure));
    } catch (ConflictException e) {
      throw new ProcessEngineException(e.error().messageZh() + "（" + e.error().message() + "）", e);
    }
  }
}
