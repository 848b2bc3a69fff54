package tw.childprotection.flow.agencies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agency in process, for the demo and the tests: behaves like the real one where the process can
 * tell (one receipt per idempotency key, outages on demand) and remembers what it received so tests
 * can look. Thread-safe under {@link SimulatedAgency}'s one lock.
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
  private final Map<String, AgencyReceipt> receipts = new HashMap<>();
  private final List<T> received = new ArrayList<>();
  private long lastNumber;

  protected Simulator(String agency, String referencePrefix, Function<T, String> idempotencyKey,
      Function<T, String> caseId, Function<T, String> county, Function<T, ?> type) {
    this.agency = agency;
    this.referencePrefix = referencePrefix;
    this.idempotencyKey = idempotencyKey;
    this.caseId = caseId;
    this.county = county;
    this.type = type;
  }

  /** Records the call once per idempotency key and answers every repeat with the first receipt. */
  protected AgencyReceipt receive(T call) {
    synchronized (lock) {
      if (failThisCall()) {
        log.info("Simulated {} is unavailable (as asked) for {} of case {}", agency, type.apply(call),
            caseId.apply(call));
        throw new AgencyUnavailableException("Simulated " + agency + " is unavailable (failNext) for "
            + type.apply(call) + " of case " + caseId.apply(call));
      }
      AgencyReceipt earlier = receipts.get(idempotencyKey.apply(call));
      if (earlier != null) {
        log.info("Simulated {} already has {} of case {} ({}): {}", agency, type.apply(call), caseId.apply(call),
            county.apply(call), earlier.reference());
        return earlier;
      }
      AgencyReceipt receipt = new AgencyReceipt(nextReference(county.apply(call)), Instant.now());
      receipts.put(idempotencyKey.apply(call), receipt);
      received.add(call);
      log.info("Simulated {} received {} of case {} ({}): {}", agency, type.apply(call), caseId.apply(call),
          county.apply(call), receipt.reference());
      return receipt;
    }
  }

  /** The distinct calls received, in order (repeats of an idempotency key are not listed again). */
  public List<T> received() {
    synchronized (lock) {
      return List.copyOf(received);
    }
  }

  /** Forgets every call, receipt and pending failure; references start again at 000001. */
  @Override
  public void reset() {
    synchronized (lock) {
      super.reset();
      receipts.clear();
      received.clear();
      lastNumber = 0;
    }
  }

  private String nextReference(String county) {
    lastNumber++;
    String number = String.format("%06d", lastNumber);
    return county == null || county.isBlank()
        ? referencePrefix + "-" + number
        : referencePrefix + "-" + county + "-" + number;
  }
}
