package tw.childprotection.flow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that an API has already authorized itself (an intake deciding the handling
 * county, say) without the caller's engine authorizations: a TPE police officer may report a child
 * in Kaohsiung, yet has no right to start, or afterwards read, a KHH case.
 */
@Component
public class EngineAsSystem {

  private final IdentityService identityService;

  EngineAsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
