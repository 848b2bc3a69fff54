package tw.childprotection.flow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import tw.childprotection.flow.people.Groups;

/**
 * What the engine writes to {@code ACT_RU_AUTHORIZATION} when a task gets a candidate, an assignee or an
 * owner (docs/adr/0014). Nothing for a user or for a case-wide group: their group-wide grants and
 * {@link CandidateGroupChecker} decide. For a need-to-know group: the engine's task row (READ and UPDATE
 * on the task, gone with it) and, once per case part, READ on its process instance and on it in history —
 * the case the group has or had a task in.
 */
class GroupTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (!Groups.NEED_TO_KNOW_GROUPS.contains(groupId) || !IdentityLinkType.CANDIDATE.equals(type)) {
      return null;
    }
    List<AuthorizationEntity> rows = new ArrayList<>();
    AuthorizationEntity[] engine = super.newTaskGroupIdentityLink(task, groupId, type);
    if (engine != null) {
      Arrays.stream(engine).filter(row -> row.getResourceType() == Resources.TASK.resourceType()).forEach(rows::add);
    }
    if (task.getProcessInstanceId() != null) {
      String root = getRootProcessInstanceId(task);
      for (String instance : root == null || root.equals(task.getProcessInstanceId())
          ? List.of(task.getProcessInstanceId()) : List.of(task.getProcessInstanceId(), root)) {
        caseRow(groupId, Resources.PROCESS_INSTANCE, instance, root, rows);
        caseRow(groupId, Resources.HISTORIC_PROCESS_INSTANCE, instance, root, rows);
      }
    }
    return rows.toArray(AuthorizationEntity[]::new);
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return null;
  }

  /** READ for the group on one process instance, unless it holds it already (in the database or this command). */
  private static void caseRow(String groupId, Resource resource, String instanceId, String root,
      List<AuthorizationEntity> rows) {
    CommandContext context = Context.getCommandContext();
    boolean pending = context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(row -> groupId.equals(row.getGroupId()) && instanceId.equals(row.getResourceId())
            && row.getResourceType() == resource.resourceType());
    if (pending || context.getAuthorizationManager()
        .findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, groupId, resource, instanceId) != null) {
      return;
    }
    AuthorizationEntity row = new AuthorizationEntity(AUTH_TYPE_GRANT);
    row.setGroupId(groupId);
    row.setResource(resource);
    row.setResourceId(instanceId);
    row.addPermission(Permissions.READ);
    // history cleanup removes the row with the case (removal time by the root process instance)
    row.setRootProcessInstanceId(root);
    rows.add(row);
  }
}
