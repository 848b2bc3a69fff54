package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.cases.CaseTransfers;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ConflictException;
import tw.childprotection.flow.validation.InputCheck;

/**
 * 辦法 第14條: after the first handling, a case may be transferred for follow-up to the county of the
 * child's residence, or, without one, to where the child is. A process instance cannot change its
 * county (tenant), so the case continues in a new instance of the same model in the new county — same
 * case id, same variables, at the same step — and the old instance ends with the transfer as its
 * reason. Deadlines still running move with it (DeadlineRegistry#start); the case API reads both.
 * Only the family-plan stage moves: a running placement, investigation or open side task stays with
 * the county that started it until done.
 */
@Service
class CaseTransfer {

  static final List<String> TRANSFERABLE_STEPS =
      List.of(FAMILY_TREATMENT_PLAN, FAMILY_SERVICES, FAMILY_TREATMENT, LONG_TERM_GUIDANCE_PLAN);

  private final RuntimeService runtime;
  private final CaseTransfers transfers;

  CaseTransfer(RuntimeService runtime, CaseTransfers transfers) {
    this.runtime = runtime;
    this.transfers = transfers;
  }

  record Done(String caseId, String fromCounty, String toCounty, String processInstanceId) {
  }

  /** Call as the system, after checking the caller may act for the case's county. */
  @Transactional
  Done transfer(String caseId, String toCounty, String reason, String by) {
    ProcessInstance old = Optional.ofNullable(runtime.createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseId).singleResult())
        .orElseThrow(() -> conflict("NOT_OPEN", "the case is closed", "本案已結案"));
    Map<String, Object> variables = runtime.getVariables(old.getId());
    String fromCounty = old.getTenantId();
    String lawful = Optional.ofNullable((String) variables.get(CaseVariables.RESIDENCE_COUNTY))
        .orElse((String) variables.get(CaseVariables.LOCATION_COUNTY));

    InputCheck check = new InputCheck();
    check.county("toCounty", toCounty).ifPresent(county -> {
      if (county.code().equals(fromCounty)) {
        check.add("toCounty", "ALREADY_HANDLING", "the case is already handled by " + fromCounty,
            "本案已由" + County.fromCode(fromCounty).map(County::nameZh).orElse(fromCounty) + "處理");
      } else if (!county.code().equals(lawful)) {
        check.add("toCounty", "NOT_ALLOWED", "Art. 14 allows a transfer only to the county of residence"
                + " (or, without one, where the child is): " + lawful,
            "依第14條僅得移轉至兒少住所地（無住所者為所在地）：" + lawful);
      }
    });
    if (reason != null && reason.length() > 500) {
      check.add("reason", "TOO_LONG", "at most 500 characters", "最多 500 字");
    }
    check.throwIfInvalid();

    List<String> active = runtime.getActiveActivityIds(old.getId());
    boolean placementRunning = runtime.createProcessInstanceQuery().processDefinitionKey(PLACEMENT_PROCESS_KEY)
        .processInstanceBusinessKey(caseId).count() > 0;
    if (placementRunning || active.size() != 1 || !TRANSFERABLE_STEPS.contains(active.get(0))) {
      throw conflict("NOT_TRANSFERABLE_NOW",
          "only a case in its family plan with no other open work (placement, reviews, side tasks) can move",
          "僅家庭處遇計畫（或長期輔導計畫）階段且無其他進行中工作（安置、督處、轉學或保護令）之案件可移轉");
    }

    variables.put(VAR_COUNTY, toCounty);
    variables.put(CaseVariables.TRANSFERRED_FROM, fromCounty);
    ProcessInstance moved = runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(caseId)
        .setVariables(variables).startBeforeActivity(active.get(0)).execute();
    runtime.deleteProcessInstance(old.getId(), "移轉管轄至" + toCounty + "（兒童及少年保護通報及處理辦法第14條）");
    Instant now = ClockUtil.getCurrentTime().toInstant();
    transfers.add(new CaseTransfers.Transfer(caseId, fromCounty, toCounty, old.getId(), moved.getId(), now, by,
        reason));
    return new Done(caseId, fromCounty, toCounty, moved.getId());
  }

  private static ConflictException conflict(String code, String message, String messageZh) {
    return new ConflictException(new ApiError("caseId", code, message, messageZh));
  }
}
