package tw.childprotection.flow.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agency in process, for the demo and the tests: behaves like the real one where the process can
 * tell (one receipt per idempotency key, on every node of a cluster, outages on demand) and remembers
 * what it received so tests can look. The receipts are in the shared database
 * ({@link SimulatedAgencyReceipts}), so a job re-run on another node gets the first receipt again; what
 * {@link #received()} lists is what this JVM recorded. Thread-safe under {@link SimulatedAgency}'s one lock.
 *
 * @param <T> the record the agency receives
 */
public abstract class Simulator<T> extends SimulatedAgency {

  private final String agency;
  private final String referencePrefix;
  private final Function<T, String> idempotencyKey;
  private final Function<T, String> caseId;
  private final Function<T, String> county;
  private final Function<T, ?> type;

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final SimulatedAgencyReceipts receipts;
  private final List<T> received = new ArrayList<>();

  protected Simulator(SimulatedAgencyReceipts receipts, String agency, String referencePrefix,
      Function<T, String> idempotencyKey, Function<T, String> caseId, Function<T, String> county, Function<T, ?> type) {
    this.receipts = receipts;
    this.agency = agency;
    this.referencePrefix = referencePrefix;
    this.idempotencyKey = idempotencyKey;
    this.caseId = caseId;
    this.county = county;
    this.type = type;
  }

  /**
   * Records the call once per idempotency key and answers every repeat, from any node, with the first
   * receipt; the answer comes back after the configured delay (the call is recorded before it).
   */
  protected AgencyReceipt receive(T call) {
    SimulatedAgencyReceipts.Recorded recorded;
    synchronized (lock) {
      if (failThisCall()) {
        log.info("Simulated {} is unavailable (as asked) for {} of case {}", agency, type.apply(call),
            caseId.apply(call));
        throw new AgencyUnavailableException("Simulated " + agency + " is unavailable (failNext) for "
            + type.apply(call) + " of case " + caseId.apply(call));
      }
      Object kind = type.apply(call);
      recorded = receipts.record(agency, referencePrefix, idempotencyKey.apply(call), caseId.apply(call),
          county.apply(call), kind == null ? null : kind.toString());
      if (recorded.first()) {
        received.add(call);
        log.info("Simulated {} received {} of case {} ({}): {}", agency, kind, caseId.apply(call),
            county.apply(call), recorded.receipt().reference());
      } else {
        log.info("Simulated {} already has {} of case {} ({}): {}", agency, kind, caseId.apply(call),
            county.apply(call), recorded.receipt().reference());
      }
    }
    receipts.answerDelay();
    return recorded.receipt();
  }

  /**
   * The distinct calls this JVM recorded, in order (repeats of an idempotency key are not listed again,
   * nor calls another node recorded first).
   */
  public List<T> received() {
    synchronized (lock) {
      return List.copyOf(received);
    }
  }

  /** Forgets every call, receipt (on every node) and pending failure; references start again at 000001. */
  @Override
  public void reset() {
    synchronized (lock) {
      super.reset();
      receipts.forget(agency);
      received.clear();
    }
  }
}
