package tw.childprotection.flow.cases;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * When a case's top-level process ends (not a called sub-process), the case's own records get their
 * removal time: now plus the process's history time to live, as Camunda's history cleanup does for the
 * history ({@link CaseRetention}). National processes keep no case records.
 */
@Component
class RetentionEnginePlugin extends AbstractProcessEnginePlugin {

  private final CaseRetention retention;

  RetentionEnginePlugin(@Lazy CaseRetention retention) {
    this.retention = retention;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        Integer days = definition.getHistoryTimeToLive();
        if (days == null || NationalProcesses.KEYS.contains(definition.getKey())) {
          return;
        }
        ((ScopeImpl) definition).addBuiltInListener(ExecutionListener.EVENTNAME_END, execution -> {
          ExecutionEntity instance = (ExecutionEntity) execution;
          String caseId = instance.getProcessBusinessKey();
          if (instance.getSuperExecution() == null && caseId != null && CaseId.parse(caseId).isPresent()) {
            retention.caseEnded(caseId, ClockUtil.getCurrentTime().toInstant(), days);
          }
        });
      }
    });
  }
}
