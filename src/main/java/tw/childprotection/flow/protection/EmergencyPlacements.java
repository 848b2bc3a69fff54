package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.MSG_EMERGENCY_PLACEMENT;
import static tw.childprotection.flow.protection.ChildProtectionCase.PROCESS_KEY;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_CHILD_IS_STUDENT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_EMERGENCY_PLACEMENT_NEEDED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_KNOWN_AT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PLACED_AT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PLACEMENT_EXCLUDED_HOURS;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ConflictException;
import tw.childprotection.flow.validation.InputCheck;

/**
 * An emergency placement (本法第56條) recorded at any moment of a case — during the investigation, while
 * the police investigate, in services: the placement time is checked and the placement starts in the
 * case at once, so the Art. 6 notices go out now and the 72 hours run from {@code placedAt}. (At the
 * first visit and at the assessment the forms record it instead; see childProtectionCase.)
 */
@Service
public class EmergencyPlacements {

  public enum Ground { NOT_PROPERLY_CARED, MEDICAL_NEGLECT, ABANDONED_ABUSED, OTHER_HARM }

  public record PlacementRequest(String placedAt, String placementGround, Boolean childIsStudent) {
  }

  public record Started(String caseId, Instant placedAt) {
  }

  /** Why a continued placement ends before its term (辦法 第7、9條). */
  public enum EndReason { CAUSE_ENDED, REVOKED }

  public record EndRequest(String reason, String note) {
  }

  public record Ended(String caseId, String reason) {
  }

  private final RuntimeService runtime;

  EmergencyPlacements(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Call as the system, after checking the caller may act for the case's county. */
  @Transactional
  public Started record(String caseId, PlacementRequest request) {
    PlacementRequest body = request == null ? new PlacementRequest(null, null, null) : request;
    ProcessInstance theCase = Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(caseId).singleResult())
        .orElseThrow(() -> new ConflictException(new ApiError("caseId", "NOT_OPEN", "the case is closed", "本案已結案")));
    Map<String, Object> variables = runtime.getVariables(theCase.getId());
    if (variables.get(Placements.VAR_RUNNING) instanceof Number n && n.intValue() > 0) {
      throw new ConflictException(new ApiError("caseId", "ALREADY_PLACED",
          "the child is already in an emergency placement or its follow-up", "本案兒少已在緊急安置或追蹤輔導中"));
    }
    InputCheck check = new InputCheck();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Optional<Instant> placedAt = CaseDates.past(check, VAR_PLACED_AT, body.placedAt(),
        CaseDates.moment(variables.get(VAR_KNOWN_AT)).orElse(null), now);
    check.oneOf("placementGround", body.placementGround(), Ground.class);
    check.required(VAR_CHILD_IS_STUDENT, body.childIsStudent());
    check.throwIfInvalid();

    Map<String, Object> placement = new HashMap<>();
    placement.put(VAR_EMERGENCY_PLACEMENT_NEEDED, true);
    placement.put(VAR_PLACED_AT, Date.from(placedAt.get()));
    placement.put("placementGround", body.placementGround());
    placement.put(VAR_CHILD_IS_STUDENT, body.childIsStudent());
    placement.put(VAR_PLACEMENT_EXCLUDED_HOURS, 0);
    runtime.createMessageCorrelation(MSG_EMERGENCY_PLACEMENT).processInstanceId(theCase.getId())
        .setVariables(placement).correlate();
    return new Started(caseId, placedAt.get());
  }

  /**
   * The cause of a continued placement is gone, or the court revoked it: the term ends now, the child
   * is handed over, the school is told the result (第7條) and the follow-up of 第9條 starts.
   */
  @Transactional
  public Ended end(String caseId, EndRequest request) {
    EndRequest body = request == null ? new EndRequest(null, null) : request;
    Execution term = runtime.createExecutionQuery()
        .processDefinitionKey(ChildProtectionCase.PLACEMENT_PROCESS_KEY).processInstanceBusinessKey(caseId)
        .messageEventSubscriptionName(ChildProtectionCase.MSG_PLACEMENT_ENDED_EARLY).list().stream().findFirst()
        .orElseThrow(() -> new ConflictException(new ApiError("caseId", "NOT_IN_CONTINUED_PLACEMENT",
            "the child is not in a court-ordered continued placement", "本案兒少目前不在法院裁定繼續安置期間")));
    InputCheck check = new InputCheck();
    check.oneOf("reason", body.reason(), EndReason.class);
    if (check.required("note", body.note()) && body.note().length() > 1000) {
      check.add("note", "TOO_LONG", "at most 1000 characters", "最多 1000 字");
    }
    check.throwIfInvalid();
    runtime.createMessageCorrelation(ChildProtectionCase.MSG_PLACEMENT_ENDED_EARLY)
        .processInstanceId(term.getProcessInstanceId())
        .setVariable("placementEndReason", body.reason()).setVariable("placementEndNote", body.note()).correlate();
    return new Ended(caseId, body.reason());
  }
}
