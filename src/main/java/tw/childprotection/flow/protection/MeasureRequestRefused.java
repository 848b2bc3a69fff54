package tw.childprotection.flow.protection;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.RefusedInput;

/**
 * 啟動選擇性保護處置 refused: nothing starts, and Tasklist shows the reason (400). Another county's case,
 * a closed one and a number that was never given all read {@link #noOpenCase the same}, so the answer
 * never tells which case numbers are open elsewhere (issue 12, hole 2).
 */
class MeasureRequestRefused extends ProcessEngineException implements RefusedInput {

  private final transient List<ApiError> errors;

  MeasureRequestRefused(ApiError error) {
    super(ProtectionForms.message(List.of(error)));
    this.errors = List.of(error);
  }

  static MeasureRequestRefused noOpenCase() {
    return new MeasureRequestRefused(new ApiError("caseId", "NO_OPEN_CASE_OF_YOUR_COUNTY",
        "no open protection case of your county has this number",
        "查無您所屬縣市開案中之保護案件"));
  }

  static MeasureRequestRefused notAFormField(String variable) {
    return new MeasureRequestRefused(new ApiError(variable, "NOT_A_FORM_FIELD",
        "not a field of the request form: the server sets who asked and for which county",
        "非申請表單之欄位：申請人與縣市由系統依登入者認定"));
  }

  @Override
  public List<ApiError> errors() {
    return errors;
  }
}
