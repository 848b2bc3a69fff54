package tw.childprotection.flow.casework;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import tw.childprotection.flow.cases.CaseEvents;
import tw.childprotection.flow.cases.CaseId;
import tw.childprotection.flow.people.Groups;

/**
 * A case stays with its worker (issue 11): the first social worker who takes a social-work task of a
 * case becomes its owner, and the case's later social-work tasks go straight to that worker's 我的任務
 * instead of back to the county's pool — as long as the owner works for the county the task is in
 * (after a transfer, 辦法 第14條, the new county's pool takes it).
 */
record CaseOwnerListener(CaseOwners owners, CaseEvents events) implements TaskListener {

  static final String TAKEN = "承接個案";

  @Override
  public void notify(DelegateTask task) {
    String caseId = task.getExecution().getProcessBusinessKey();
    // a task outside a case (an identity check between two children) has no case owner
    if (caseId == null || CaseId.parse(caseId).isEmpty() || !socialWork(task)) {
      return;
    }
    if (EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() == null) {
      owners.ownerOf(caseId).filter(owner -> worksIn(task, owner)).ifPresent(task::setAssignee);
    } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
      Instant now = ClockUtil.getCurrentTime().toInstant();
      if (owners.ownerOf(caseId).isEmpty() && owners.set(caseId, task.getAssignee(), now)) {
        events.add(new CaseEvents.Event(caseId, now, TAKEN, task.getAssignee(),
            "承辦社工：" + task.getAssignee() + "（自「" + task.getName() + "」起，本案社工任務由其續辦）"));
      }
    }
  }

  private static boolean socialWork(DelegateTask task) {
    return task.getCandidates().stream().map(IdentityLink::getGroupId).anyMatch(Groups.SOCIAL_WORKER::equals);
  }

  private static boolean worksIn(DelegateTask task, String user) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    String county = task.getTenantId();
    return county == null || identity.createTenantQuery().tenantId(county).userMember(user).count() > 0;
  }
}
