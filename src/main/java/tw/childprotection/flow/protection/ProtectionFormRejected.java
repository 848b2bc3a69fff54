package tw.childprotection.flow.protection;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.RefusedInput;

/** A protection form failed the server's check; the task stays open and nothing is changed. */
public class ProtectionFormRejected extends ProcessEngineException implements RefusedInput {

  private final transient List<ApiError> errors;

  ProtectionFormRejected(List<ApiError> errors) {
    super(ProtectionForms.message(errors));
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<ApiError> errors() {
    return errors;
  }
}
