package tw.childprotection.flow.casework.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** The plugin's REST root; its resources are the application's own services, found in the Spring context. */
@Path("plugin/" + CaseworkTasklistPlugin.ID)
public class CaseworkRootResource extends AbstractTasklistPluginRootResource {

  public CaseworkRootResource() {
    super(CaseworkTasklistPlugin.ID);
  }

  @Path("{engineName}")
  public CaseworkResource casework(@PathParam("engineName") String engineName) {
    return subResource(new CaseworkResource(engineName,
        WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)), engineName);
  }
}
