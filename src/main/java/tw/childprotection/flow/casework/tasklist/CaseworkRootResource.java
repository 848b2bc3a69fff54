package tw.childprotection.flow.casework.tasklist;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin;
import org.springframework.web.context.support.WebApplicationContextUtils;
import tw.childprotection.flow.platform.WebappPlugin;

/** The plugin's REST root; its resources are the application's own services, found in the Spring context. */
@Path("plugin/" + CaseworkTasklistPlugin.ID)
public class CaseworkRootResource extends WebappPlugin.Root<TasklistPlugin> {

  public CaseworkRootResource() {
    super(CaseworkTasklistPlugin.ID, Tasklist.getRuntimeDelegate());
  }

  @Override
  protected CaseworkResource api(String engineName) {
    return new CaseworkResource(engineName,
        WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext));
  }
}
