package tw.childprotection.flow.platform;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Set;
import org.camunda.bpm.webapp.AppRuntimeDelegate;
import org.camunda.bpm.webapp.plugin.resource.AbstractAppPluginResource;
import org.camunda.bpm.webapp.plugin.resource.AbstractAppPluginRootResource;
import org.camunda.bpm.webapp.plugin.spi.AppPlugin;
import org.camunda.bpm.webapp.plugin.spi.impl.AbstractAppPlugin;

/**
 * One of our plugins of Camunda's webapps (Tasklist's 「案件」, Cockpit's 「法定期限」), registered in
 * META-INF/services under the webapp's plugin interface: its id, its script in
 * {@code plugin-webapp/<id>/app/plugin.js} and its REST {@link Root}, which the webapp serves behind its
 * own login and CSRF protection.
 */
public abstract class WebappPlugin extends AbstractAppPlugin {

  private final String id;
  private final Class<?> root;

  protected WebappPlugin(String id, Class<? extends Root<?>> root) {
    this.id = id;
    this.root = root;
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(root);
  }

  /**
   * The plugin's REST root ({@code @Path("plugin/<id>")}): the webapp's static assets, and under
   * {@code {engineName}} the plugin's own API on that engine.
   */
  public abstract static class Root<T extends AppPlugin> extends AbstractAppPluginRootResource<T> {

    protected Root(String id, AppRuntimeDelegate<T> webapp) {
      super(id, webapp);
    }

    @Path("{engineName}")
    public AbstractAppPluginResource<T> engine(@PathParam("engineName") String engineName) {
      return subResource(api(engineName), engineName);
    }

    /** The plugin's API on one engine, created per request (JAX-RS, outside Spring). */
    protected abstract AbstractAppPluginResource<T> api(String engineName);
  }
}
