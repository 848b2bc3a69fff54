package tw.childprotection.flow.compliance;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import tw.childprotection.flow.platform.WebappPlugin;

/** {@code /camunda/api/cockpit/plugin/legal-deadlines/…}: static assets (Camunda's) and our API per engine. */
@Path("plugin/" + LegalDeadlinesPlugin.ID)
public class LegalDeadlinesRootResource extends WebappPlugin.Root<CockpitPlugin> {

  public LegalDeadlinesRootResource() {
    super(LegalDeadlinesPlugin.ID, Cockpit.getRuntimeDelegate());
  }

  @Override
  protected LegalDeadlinesResource api(String engineName) {
    return new LegalDeadlinesResource(engineName);
  }
}
