package tw.childprotection.flow.agencies;

/**
 * The agency refused the content (4xx other than 408/429). Sending the same again will not help, so
 * a person has to look at the case. Messages never carry what we sent.
 */
public class AgencyRejectedException extends RuntimeException {

  public AgencyRejectedException(String message) {
    super(message);
  }

  public AgencyRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
