package tw.childprotection.flow.validation;

/**
 * Nothing the user may see has this id. Also the answer for another county's case, so a user learns
 * nothing of cases outside its counties.
 */
public class NotFoundException extends RuntimeException {

  private final transient ApiError error;

  public NotFoundException(String field, String value) {
    super(field + " not found");
    this.error = new ApiError(field, "NOT_FOUND", "No " + field + " '" + value + "' that you may see",
        "查無您可存取的 " + field + "「" + value + "」");
  }

  public ApiError error() {
    return error;
  }
}
