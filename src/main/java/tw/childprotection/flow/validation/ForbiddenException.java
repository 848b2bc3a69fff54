package tw.childprotection.flow.validation;

/** The user is known but its role may not do this: 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String reason) {
    super(reason);
  }
}
