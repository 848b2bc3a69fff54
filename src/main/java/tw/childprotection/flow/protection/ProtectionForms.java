package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.DISPATCH;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_CLOSURE_APPROVED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_EMERGENCY_PLACEMENT_NEEDED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_KNOWN_AT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PLACED_AT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_POLICE_DISCOVERED;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.InputCheck;

/**
 * What the protection forms ask, checked again on the server when a task is completed (a form can be
 * bypassed through the REST API): dates that happened are neither in the future nor before the report,
 * "other means" of handling gives its reason, the police-seized question of Art. 5 para 2 is answered
 * by the social worker (never presumed), a placement names its time and ground, a supervisor's
 * refusal gives the reason the worker then sees. Wired on every protection user task as
 * {@code ${protectionForms.check(task)}} (event complete). A refusal rolls the completion back (the
 * task stays open, nothing changes); Tasklist shows its reasons and the REST API answers 400
 * ({@link ProtectionFormRejected} is a {@code RefusedInput}, which {@code security} maps).
 */
@Component("protectionForms")
public class ProtectionForms {

  /** Moments people enter on protection forms. */
  static final List<String> PAST_MOMENTS = List.of("visitedAt", "policeVisitedAt", "parentNotifiedAt",
      "returnedAt", "followUpVisitedAt", "writtenReportReceivedAt", "rulingDate", "extensionPetitionDate",
      "careReportDate", "planSubmittedAt", "transferCompletedAt", "unitHandledAt");

  public void check(DelegateTask task) {
    InputCheck check = new InputCheck();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant knownAt = CaseDates.moment(task.getVariable(VAR_KNOWN_AT)).orElse(null);
    for (String field : PAST_MOMENTS) {
      Object value = task.getVariable(field);
      if (value != null) {
        CaseDates.past(check, field, value, knownAt, now);
      }
    }
    if (Boolean.TRUE.equals(task.getVariable("hospitalTreatmentNeeded"))) {
      CaseDates.past(check, "sentToHospitalAt", task.getVariable("sentToHospitalAt"), knownAt, now);
    }
    if (DISPATCH.equals(task.getTaskDefinitionKey())) {
      dispatch(task, check);
    }
    if (ChildProtectionCase.FAMILY_SERVICES.equals(task.getTaskDefinitionKey())) {
      familyServices(task, check);
    }
    boolean placing = Boolean.TRUE.equals(task.getVariable(VAR_EMERGENCY_PLACEMENT_NEEDED));
    boolean placed = task.getVariable(Placements.VAR_RUNNING) instanceof Number n && n.intValue() > 0;
    if (placing && !placed) {
      CaseDates.past(check, VAR_PLACED_AT, task.getVariable(VAR_PLACED_AT), knownAt, now);
      check.oneOf("placementGround", (String) task.getVariable("placementGround"),
          EmergencyPlacements.Ground.class);
    }
    if (Boolean.FALSE.equals(task.getVariable(VAR_CLOSURE_APPROVED)) && task.getTaskDefinitionKey()
        .equals(ChildProtectionCase.CLOSURE_REVIEW)) {
      Object reason = task.getVariable("closureComment");
      if (reason instanceof String text && !text.isBlank()) {
        task.setVariable("closureRefusalReason", text);
      } else {
        check.add("closureComment", "REASON_REQUIRED", "a refusal states its reason and what is to be done",
            "不同意結案者，須敘明理由及應補充事項");
      }
    }
    if ("END".equals(task.getVariable(ChildProtectionCase.VAR_FOLLOW_UP_OUTCOME))
        && !Boolean.TRUE.equals(task.getVariable(Placements.VAR_FOLLOW_UP_YEAR_DONE))) {
      check.add(ChildProtectionCase.VAR_FOLLOW_UP_OUTCOME, "FOLLOW_UP_UNDER_ONE_YEAR",
          "follow-up lasts at least one year (Art. 9): to end it sooner, choose END_EARLY for the supervisor's review",
          "追蹤輔導至少一年（第9條）：未滿一年擬結束者，請選擇「擬提前結束」送督導審核");
    }
    if (!check.isValid()) {
      throw new ProtectionFormRejected(check.errors());
    }
  }

  private static void dispatch(DelegateTask task, InputCheck check) {
    Object seized = task.getVariable(VAR_POLICE_DISCOVERED);
    if ("true".equals(seized) || "false".equals(seized)) { // Tasklist's radio answers in words
      task.setVariable(VAR_POLICE_DISCOVERED, Boolean.valueOf((String) seized));
    } else if (!(seized instanceof Boolean)) {
      check.add(VAR_POLICE_DISCOVERED, "REQUIRED",
          "state whether the police seized this case (Art. 5 para 2); it is never presumed from who reported",
          "請明示本案是否屬警察機關查獲之案件（第5條第2項）；不依通報人身分推定");
    }
    if ("OTHER".equals(task.getVariable("visitMode")) && (!(task.getVariable("dispatchNote") instanceof String note)
        || note.isBlank())) {
      check.add("dispatchNote", "REASON_REQUIRED", "handling by other means than a face-to-face visit needs its reason",
          "處理方式為「其他方式」者，須於派案說明敘明理由（第4條以當面訪視為原則）");
    }
  }

  /** 第10條 for a child never placed: the services end; Art. 11's review and long-term plan are not theirs. */
  private static void familyServices(DelegateTask task, InputCheck check) {
    Object outcome = task.getVariable(ChildProtectionCase.VAR_FAMILY_OUTCOME);
    if (!"REBUILT".equals(outcome) && !"ENDED_OTHERWISE".equals(outcome)) {
      check.add(ChildProtectionCase.VAR_FAMILY_OUTCOME, "NOT_ALLOWED",
          "choose REBUILT or ENDED_OTHERWISE: the two-year review and long-term plan are for placed children (Art. 11)",
          "請選擇處遇目標達成或其他原因結束：屆滿兩年評估及長期輔導計畫僅適用於受安置之兒少（第11條）");
    } else if ("ENDED_OTHERWISE".equals(outcome) && (!(task.getVariable("familyServicesEndReason") instanceof String
        reason) || reason.isBlank())) {
      check.add("familyServicesEndReason", "REASON_REQUIRED", "services ended otherwise need their reason",
          "因其他原因結束處遇者，須敘明原因");
    }
  }

  /** Both languages, every field, so Tasklist's message says all that is wrong at once. */
  static String message(List<ApiError> errors) {
    return errors.stream().map(e -> e.field() + "：" + e.messageZh() + " / " + e.field() + ": " + e.message())
        .collect(Collectors.joining("；"));
  }
}
