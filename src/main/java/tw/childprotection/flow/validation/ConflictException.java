package tw.childprotection.flow.validation;

/** The request is well formed but the case is not in a state that allows it: 409. */
public class ConflictException extends RuntimeException {

  private final ApiError error;

  public ConflictException(ApiError error) {
    super(error.message());
    this.error = error;
  }

  public ApiError error() {
    return error;
  }
}
