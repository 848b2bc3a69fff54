package tw.childprotection.flow.protection;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ConflictException;
import tw.childprotection.flow.validation.InputCheck;

/**
 * Starts the optional work of an open protection case — school transfer (辦法 第12條) or a protection
 * order on the child's behalf (第13條) — as its event sub-process inside the case, so it stays in the
 * case's history and county. Callers check first that the user may act for the case's county.
 */
@Service
public class ProtectionMeasures {

  public enum Measure {
    SCHOOL_TRANSFER(ChildProtectionCase.MSG_SCHOOL_TRANSFER),
    PROTECTION_ORDER(ChildProtectionCase.MSG_PROTECTION_ORDER);

    private final String message;

    Measure(String message) {
      this.message = message;
    }
  }

  private final RuntimeService runtime;

  ProtectionMeasures(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public static Measure measure(String value) {
    InputCheck check = new InputCheck();
    Measure measure = check.oneOf("measure", value, Measure.class).orElse(null);
    check.throwIfInvalid();
    return measure;
  }

  /** The county handling the case now (after a transfer, the new one); empty when closed or unknown. */
  public Optional<String> currentCounty(String caseId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ChildProtectionCase.PROCESS_KEY)
        .processInstanceBusinessKey(caseId).list().stream().map(ProcessInstance::getTenantId).findFirst();
  }

  public Map<String, String> start(String caseId, Measure measure) {
    boolean inServices = runtime.createExecutionQuery().processInstanceBusinessKey(caseId)
        .messageEventSubscriptionName(measure.message).count() > 0;
    if (!inServices) {
      throw new ConflictException(new ApiError("caseId", "NOT_IN_PROTECTION_SERVICES",
          "the case is not open for protection services (not opened, or already closed)",
          "本案目前不在開案保護服務階段（未開案或已結案），無法啟動此項處置"));
    }
    runtime.createMessageCorrelation(measure.message).processInstanceBusinessKey(caseId).correlate();
    return Map.of("caseId", caseId, "started", measure.name());
  }
}
