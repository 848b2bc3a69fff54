package tw.childprotection.flow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The right to work a task by its candidate group, now that case-wide groups hold {@code TASK *}
 * UPDATE instead of a row per task (docs/adr/0014): after the engine's own check, claiming, completing,
 * assigning, saving a task or writing its variables is left to its assignee, a candidate user, a member
 * of a candidate group or an administrator. A social worker cannot complete a supervisor's approval.
 */
class CandidateGroupChecker extends AuthorizationCommandChecker {

  @Override
  public void checkTaskAssign(TaskEntity task) {
    super.checkTaskAssign(task);
    requireWorker(task, "TASK_ASSIGN");
  }

  @Override
  public void checkTaskWork(TaskEntity task) {
    super.checkTaskWork(task);
    requireWorker(task, "TASK_WORK");
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
    super.checkUpdateTaskVariable(task);
    requireWorker(task, "UPDATE_VARIABLE");
  }

  private void requireWorker(TaskEntity task, String permission) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context.getAuthentication();
    if (!context.isAuthorizationCheckEnabled() || !getAuthorizationManager().isAuthorizationEnabled()
        || user == null || user.getUserId() == null || getAuthorizationManager().isCamundaAdmin(user)) {
      return;
    }
    if (user.getUserId().equals(task.getAssignee())) {
      return;
    }
    for (IdentityLink link : task.getCandidates()) {
      boolean candidateUser = user.getUserId().equals(link.getUserId());
      boolean candidateGroup = link.getGroupId() != null && user.getGroupIds() != null
          && user.getGroupIds().contains(link.getGroupId());
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && (candidateUser || candidateGroup)) {
        return;
      }
    }
    throw new AuthorizationException(user.getUserId(), permission, "Task", task.getId());
  }
}
