package tw.childprotection.flow.agencies;

/**
 * What every agency simulator shares, so tests can reset any of them alike: one lock (calls are rare
 * and short, and the job executor calls from several threads) and outages on demand.
 */
public abstract class SimulatedAgency {

  /** Guards the subclass's state and the pending failures. */
  protected final Object lock = new Object();
  private int failuresToSimulate;

  /** The next {@code times} calls throw {@link AgencyUnavailableException}, as an outage would. */
  public void failNext(int times) {
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative");
    }
    synchronized (lock) {
      failuresToSimulate = times;
    }
  }

  /** Whether this call is one of the outages {@link #failNext} asked for; call holding {@link #lock}. */
  protected boolean failThisCall() {
    if (failuresToSimulate == 0) {
      return false;
    }
    failuresToSimulate--;
    return true;
  }

  /** Forgets pending failures; subclasses forget what they were told or asked as well. */
  public void reset() {
    synchronized (lock) {
      failuresToSimulate = 0;
    }
  }
}
