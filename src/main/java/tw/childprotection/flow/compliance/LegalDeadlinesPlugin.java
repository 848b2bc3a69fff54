package tw.childprotection.flow.compliance;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin 「法定期限」, registered in META-INF/services: its API under
 * {@code /camunda/api/cockpit/plugin/legal-deadlines/{engine}/…} and its page from
 * {@code plugin-webapp/legal-deadlines/app/plugin.js} (the dashboard section, its own page, and the
 * read-only fit of Cockpit for managers).
 */
public class LegalDeadlinesPlugin extends AbstractCockpitPlugin {

  public static final String ID = "legal-deadlines";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(LegalDeadlinesRootResource.class);
  }
}
