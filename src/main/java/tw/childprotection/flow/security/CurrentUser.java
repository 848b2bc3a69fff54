package tw.childprotection.flow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.people.Groups;

/** The user the authentication filter put on the engine for this request. */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    return authentication().getUserId();
  }

  public List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  /** Whether the user is an administrator (Camunda's admin group): every county's cases, as the engine allows. */
  public boolean administrator() {
    return groups().contains(Groups.ADMIN);
  }

  public List<String> counties() {
    List<String> tenants = authentication().getTenantIds();
    return tenants == null ? List.of() : tenants;
  }

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      // the filter on /api/* guarantees one; reaching here means a mapping outside it
      throw new IllegalStateException("no authenticated user on this request");
    }
    return authentication;
  }
}
