package tw.childprotection.flow.activecare;

import static java.util.Map.entry;
import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The server's check of what an active-care form asks, whatever sent it (Tasklist, the REST API): a
 * date a person entered cannot lie in the future or before the referral (a day's grace for a visit made
 * the day before it was filed), and a refusal or an ending says why. A wrong value refuses the completion
 * with the field and the reason in Chinese and English ({@link BadUserRequestException}: 400 on the REST
 * API) and the whole completion is undone. End listener of the user tasks:
 * {@code <camunda:executionListener delegateExpression="${activeCareForms}" event="end"/>}.
 */
@Component("activeCareForms")
public class ActiveCareForms implements ExecutionListener {

  /** A form's clock may run a little ahead of the server's. */
  static final long CLOCK_TOLERANCE_SECONDS = 300;
  static final long GRACE_BEFORE_REFERRAL_SECONDS = 24 * 3600;

  /** The dates each task's form asks a person to enter. */
  static final Map<String, String> DATES = Map.ofEntries(
      entry(BIRTH_REGISTRATION_VISIT, "birthVisitAt"),
      entry(POLICE_VISIT, "policeVisitedAt"),
      entry(DISTRICT_FOLLOW_UP, "districtVisitedAt"),
      entry(RELOCATION_VISIT, "relocationVisitAt"),
      entry(POPULATION_CHECK, "populationCheckedOn"),
      entry(VACCINATION_REMINDER, "reminderAt"),
      entry(INSURANCE_ENROLMENT_HELP, "enrolmentHelpedOn"),
      entry(SOCIAL_VISIT, "socialVisitedAt"),
      entry(VISIT_REPORT, "followUpVisitedAt"),
      entry(INTERVENE_WHEN_FOUND, "interventionAt"),
      entry(POLICE_SEARCH, "foundAt"));

  /** A reason the form requires when another field says so. */
  record Reason(String flag, Object value, String field) {
  }

  static final Map<String, List<Reason>> REASONS = Map.of(
      CLOSURE_REVIEW, List.of(new Reason(VAR_CLOSURE_APPROVED, false, "closureComment")),
      SEARCH_REVIEW, List.of(new Reason(VAR_SEARCH_DECISION, "END", VAR_SEARCH_END_REASON),
          new Reason(VAR_SEARCH_DECISION, "CRIME_REFERRAL", "crimeSuspicionReason")));

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // a timer or a find ended the task: nobody submitted it
    }
    String activity = execution.getCurrentActivityId();
    if (DATES.containsKey(activity)) {
      pastDate(execution, DATES.get(activity));
    }
    for (Reason reason : REASONS.getOrDefault(activity, List.of())) {
      Object given = execution.getVariable(reason.field());
      if (String.valueOf(reason.value()).equals(String.valueOf(execution.getVariable(reason.flag())))
          && (given == null || given.toString().isBlank())) {
        throw refused(reason.field(), "is required here: say why", "此欄必填：請說明理由");
      }
    }
  }

  private static void pastDate(DelegateExecution execution, String field) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Optional<Instant> entered;
    try {
      entered = EnteredTimes.of(execution.getVariable(field));
    } catch (DateTimeParseException e) {
      throw refused(field, "is not a date and time", "不是有效的日期時間");
    }
    if (entered.isEmpty()) {
      return;
    }
    if (entered.get().isAfter(now.plusSeconds(CLOCK_TOLERANCE_SECONDS))) {
      throw refused(field, "must not be later than now", "不得晚於現在");
    }
    Object referred = execution.getVariable("referralReceivedAt");
    if (referred instanceof Date date
        && entered.get().isBefore(date.toInstant().minusSeconds(GRACE_BEFORE_REFERRAL_SECONDS))) {
      throw refused(field, "must not be before the referral", "不得早於轉介（通報）之日");
    }
  }

  private static BadUserRequestException refused(String field, String message, String messageZh) {
    return new BadUserRequestException(field + ": " + messageZh + " (" + message + ")");
  }
}
