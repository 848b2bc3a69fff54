package tw.childprotection.flow.compliance;

import java.util.List;
import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import tw.childprotection.flow.platform.WebappPlugin;

/**
 * The Cockpit plugin 「法定期限」, registered in META-INF/services: its API under
 * {@code /camunda/api/cockpit/plugin/legal-deadlines/{engine}/…} and its page from
 * {@code plugin-webapp/legal-deadlines/app/plugin.js} (the dashboard section, its own page, and the
 * read-only fit of Cockpit for managers).
 */
public class LegalDeadlinesPlugin extends WebappPlugin implements CockpitPlugin {

  public static final String ID = "legal-deadlines";

  public LegalDeadlinesPlugin() {
    super(ID, LegalDeadlinesRootResource.class);
  }

  /** No queries of its own in Cockpit's MyBatis session: it reads through the engine's services. */
  @Override
  public List<String> getMappingFiles() {
    return List.of();
  }
}
