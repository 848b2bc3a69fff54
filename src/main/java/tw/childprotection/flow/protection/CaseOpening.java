package tw.childprotection.flow.protection;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Remembers when the case was opened for protection services (開案, listed as a protection case) and
 * when its family treatment plan started. The plan is due 3 months after the opening (本法第64條,
 * 辦法 第10條); a placed child's two years (辦法 第11條) run from the start of the plan. Both survive a
 * transfer to another county, which restarts the services there. Used in the diagram as
 * {@code ${caseOpening.record(execution)}} and {@code ${caseOpening.planStarted(execution)}}.
 */
@Component("caseOpening")
public class CaseOpening {

  public static final String VAR_CASE_OPENED_AT = "caseOpenedAt";
  public static final String VAR_FAMILY_PLAN_STARTED_AT = "familyPlanStartedAt";
  /** The date the worker gives on the plan form (checked: not in the future, not before the report). */
  public static final String VAR_PLAN_SUBMITTED_AT = "planSubmittedAt";

  public void record(DelegateExecution execution) {
    if (execution.getVariable(VAR_CASE_OPENED_AT) == null) {
      execution.setVariable(VAR_CASE_OPENED_AT, ClockUtil.getCurrentTime());
    }
  }

  /** The plan is made: it starts on the date the form gives, or now when it gives none. */
  public void planStarted(DelegateExecution execution) {
    if (execution.getVariable(VAR_FAMILY_PLAN_STARTED_AT) == null) {
      execution.getProcessInstance().setVariable(VAR_FAMILY_PLAN_STARTED_AT,
          CaseDates.moment(execution.getVariable(VAR_PLAN_SUBMITTED_AT))
              .map(Date::from).orElseGet(ClockUtil::getCurrentTime));
    }
  }
}
