package tw.childprotection.flow.deadlines;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs the deadline machinery into the engine's BPMN parser. */
@Component
public class DeadlineEnginePlugin extends AbstractProcessEnginePlugin {

  private final DeadlineRegistry registry;

  public DeadlineEnginePlugin(DeadlineRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new DeadlineParseListener(registry));
  }
}
