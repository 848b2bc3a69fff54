package tw.childprotection.flow.compliance;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/legal-deadlines/…}: static assets (Camunda's) and our API per engine. */
@Path("plugin/" + LegalDeadlinesPlugin.ID)
public class LegalDeadlinesRootResource extends AbstractCockpitPluginRootResource {

  public LegalDeadlinesRootResource() {
    super(LegalDeadlinesPlugin.ID);
  }

  @Path("{engineName}")
  public LegalDeadlinesResource engine(@PathParam("engineName") String engineName) {
    return subResource(new LegalDeadlinesResource(engineName), engineName);
  }
}
