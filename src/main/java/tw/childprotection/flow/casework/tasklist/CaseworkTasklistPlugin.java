package tw.childprotection.flow.casework.tasklist;

import org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin;
import tw.childprotection.flow.platform.WebappPlugin;

/**
 * Tasklist plugin 「案件」 (issue 11): the case above every task's form, the case tab, the case number,
 * child and due time on every card, and the search for a child — on Tasklist's own plugin points
 * ({@code tasklist.task.detail}, {@code tasklist.card}, {@code tasklist.navbar.action}), served behind
 * Tasklist's login and CSRF protection at {@code /camunda/api/tasklist/plugin/casework/…}.
 */
public class CaseworkTasklistPlugin extends WebappPlugin implements TasklistPlugin {

  public static final String ID = "casework";

  public CaseworkTasklistPlugin() {
    super(ID, CaseworkRootResource.class);
  }
}
