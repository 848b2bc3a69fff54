package tw.childprotection.flow.agencies;

/**
 * The agency could not be reached or asked us to come back later (network error, timeout, 5xx, 408,
 * 429). Retryable: the caller lets the async service task fail so Camunda retries it with the same
 * idempotency key and raises an incident when the retries run out. Messages never carry what we sent.
 */
public class AgencyUnavailableException extends RuntimeException {

  public AgencyUnavailableException(String message) {
    super(message);
  }

  public AgencyUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
