package tw.childprotection.flow.casework;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.cases.CaseEvents;

/** Every user task of every diagram keeps its case with its worker and drops its draft when done. */
@Component
class CaseworkEnginePlugin extends AbstractProcessEnginePlugin {

  private final CaseOwners owners;
  private final CaseEvents events;
  private final TaskDrafts drafts;

  CaseworkEnginePlugin(CaseOwners owners, CaseEvents events, TaskDrafts drafts) {
    this.owners = owners;
    this.events = events;
    this.drafts = drafts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    CaseOwnerListener owner = new CaseOwnerListener(owners, events);
    TaskListener dropDraft = task -> drafts.delete(task.getId());
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, owner);
        definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, owner);
        definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, dropDraft);
        definition.addTaskListener(TaskListener.EVENTNAME_DELETE, dropDraft);
      }
    });
  }
}
