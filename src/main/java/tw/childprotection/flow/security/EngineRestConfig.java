package tw.childprotection.flow.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API as the starter configures it, plus our answer to another county's instance. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(OtherCountyExceptionMapper.class);
  }
}
