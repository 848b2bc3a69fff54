package tw.childprotection.flow.validation;

import java.util.List;

/** Bad input: answered with 400 and the errors; thrown before anything is written. */
public class InvalidInputException extends RuntimeException {

  private final transient List<ApiError> errors;

  public InvalidInputException(List<ApiError> errors) {
    super(errors.size() + " invalid field(s)");
    this.errors = List.copyOf(errors);
  }

  public List<ApiError> errors() {
    return errors;
  }
}
