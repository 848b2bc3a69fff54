package tw.childprotection.flow.casework.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Tasklist plugin 「案件」 (issue 11): the case above every task's form, the case tab, the case number,
 * child and due time on every card, and the search for a child — on Tasklist's own plugin points
 * ({@code tasklist.task.detail}, {@code tasklist.card}, {@code tasklist.navbar.action}), served behind
 * Tasklist's login and CSRF protection at {@code /camunda/api/tasklist/plugin/casework/…}.
 */
public class CaseworkTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "casework";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseworkRootResource.class);
  }

  @Override
  public String getAssetDirectory() {
    return "plugin-webapp/" + ID;
  }
}
