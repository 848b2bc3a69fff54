package tw.childprotection.flow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.people.Groups;

/**
 * The shared Tasklist filters of the demo, readable by every group, all sorted by due date (the
 * statutory deadline of the task): 我的任務, 群組任務, 24小時內到期, 已逾期. The engine evaluates the
 * expressions per user, and tenant checks keep each list to the user's county.
 */
@Component
@Profile("demo")
@Order(3)
record DemoTasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations)
    implements ApplicationRunner {

  static final String OWNER = "admin";

  @Override
  public void run(ApplicationArguments args) {
    share(create("我的任務", 10, "指派給我的任務，依法定期限排序",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    share(create("群組任務", 20, "我所屬群組可認領的任務，依法定期限排序",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()));
    share(create("24小時內到期", 30, "我或我的群組的任務，法定期限在 24 小時內",
        mine().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusHours(24).toDate()}")));
    share(create("已逾期", 40, "我或我的群組的任務，已超過法定期限",
        mine().dueBeforeExpression("${now()}")));
  }

  private TaskQuery mine() {
    return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks();
  }

  private Filter create(String name, int priority, String description, TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of());
    Filter filter = filters.newTaskFilter(name)
        .setOwner(OWNER)
        .setQuery(query.orderByDueDate().asc())
        .setProperties(properties);
    return filters.saveFilter(filter);
  }

  private void share(Filter filter) {
    List<String> groups = new ArrayList<>(Groups.COUNTY_GROUPS);
    groups.addAll(Groups.NATIONAL_GROUPS);
    for (String group : groups) {
      boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
      if (!granted) {
        Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
  }
}
