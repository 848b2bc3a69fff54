package tw.childprotection.flow.protection;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.cases.CaseId;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.NotFoundException;

/**
 * The optional work a social worker starts on an open protection case: school transfer with the
 * child's identity kept confidential (辦法 第12條) and a civil protection order petitioned on the
 * child's behalf (第13條). Each starts its event sub-process in the case, so it stays in the case's
 * history and county.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
record ProtectionCaseActionsController(HistoryService history, CurrentUser user, EngineAsSystem system,
    CaseTransfer transfer, ProtectionMeasures measures, EmergencyPlacements placements, PlacementPauses pauses) {

  record TransferRequest(String toCounty, String reason) {
  }

  /** 辦法 第14條: hand the case to the county of residence for follow-up. Supervisors only. */
  @PostMapping("/transfer")
  CaseTransfer.Done transfer(@PathVariable String caseId, @RequestBody(required = false) TransferRequest request) {
    CaseId id = visibleCase(caseId);
    if (!user.groups().contains(Groups.SOCIAL_SUPERVISOR) && !user.groups().contains(Groups.ADMIN)) {
      throw new ForbiddenException("only social-work supervisors transfer cases");
    }
    TransferRequest body = request == null ? new TransferRequest(null, null) : request;
    String by = user.id(); // read before the system call clears the caller's authentication
    return system.call(() -> transfer.transfer(id.toString(), body.toCounty(), body.reason(), by));
  }

  @PostMapping("/school-transfer")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> schoolTransfer(@PathVariable String caseId) {
    return start(caseId, ProtectionMeasures.Measure.SCHOOL_TRANSFER);
  }

  @PostMapping("/protection-order")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> protectionOrder(@PathVariable String caseId) {
    return start(caseId, ProtectionMeasures.Measure.PROTECTION_ORDER);
  }

  /** 本法第56條: the child was placed now (or at {@code placedAt}); the Art. 6 notices and the 72 hours start. */
  @PostMapping("/emergency-placement")
  @ResponseStatus(HttpStatus.CREATED)
  EmergencyPlacements.Started emergencyPlacement(@PathVariable String caseId,
      @RequestBody(required = false) EmergencyPlacements.PlacementRequest request) {
    CaseId id = socialWorkCase(caseId);
    return system.call(() -> placements.record(id.toString(), request));
  }

  /** 辦法 第7、9條: a continued placement ends before its term (cause gone, or revoked). */
  @PostMapping("/placement/end")
  EmergencyPlacements.Ended endPlacement(@PathVariable String caseId,
      @RequestBody(required = false) EmergencyPlacements.EndRequest request) {
    CaseId id = socialWorkCase(caseId);
    return system.call(() -> placements.end(id.toString(), request));
  }

  /** 本法第58條: an escort, traffic or force-majeure interval, recorded as it occurs; the 72 hours move. */
  @PostMapping("/placement/pauses")
  @ResponseStatus(HttpStatus.CREATED)
  PlacementPauses.Recorded placementPause(@PathVariable String caseId,
      @RequestBody(required = false) PlacementPauses.PauseRequest request) {
    CaseId id = socialWorkCase(caseId);
    String by = user.id(); // read before the system call clears the caller's authentication
    return system.call(() -> pauses.record(id.toString(), request, by));
  }

  /** Read as the caller: another county's case does not exist for them. */
  private CaseId visibleCase(String caseId) {
    CaseId id = CaseId.parse(caseId).filter(c -> c.kind() == CaseKind.PROTECTION)
        .orElseThrow(() -> new NotFoundException("caseId", caseId));
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id.toString()).unfinished()
        .count() == 0) {
      throw new NotFoundException("caseId", caseId);
    }
    return id;
  }

  private Map<String, String> start(String caseId, ProtectionMeasures.Measure measure) {
    CaseId id = socialWorkCase(caseId);
    return system.call(() -> measures.start(id.toString(), measure));
  }

  private CaseId socialWorkCase(String caseId) {
    CaseId id = visibleCase(caseId);
    if (!user.groups().contains(Groups.SOCIAL_WORKER) && !user.groups().contains(Groups.SOCIAL_SUPERVISOR)) {
      throw new ForbiddenException("only social workers and their supervisors act on protection cases");
    }
    return id;
  }
}
