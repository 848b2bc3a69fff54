package tw.childprotection.flow.security;

import java.util.List;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API as the starter configures it, plus our answer to another county's instance and our
 * check of what a person writes ({@link EngineWriteGuard}). The
 * webapps' own engine API (Tasklist, Cockpit: {@code /camunda/api/engine}) builds its providers from
 * Camunda's shared list of configuration classes and offers no other hook, so our providers join that
 * list before the webapps' first request.
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

  static final List<Class<?>> MAPPERS = List.of(OtherCountyExceptionMapper.class, OtherCountyRestExceptionMapper.class,
      EngineWriteGuard.class);

  EngineRestConfig() {
    CamundaRestResources.getConfigurationClasses().addAll(MAPPERS);
  }

  @Override
  protected void registerAdditionalResources() {
    MAPPERS.forEach(this::register);
  }
}
