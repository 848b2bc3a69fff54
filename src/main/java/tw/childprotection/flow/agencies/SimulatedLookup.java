package tw.childprotection.flow.agencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A system that answers questions about a child, in process, for the demo and the tests: a stubbed
 * answer per national ID, otherwise a default worked out from the query alone (the same child always
 * gets the same answer); remembers the queries so tests can see a call happened. Thread-safe under
 * {@link SimulatedAgency}'s one lock.
 *
 * @param <A> the system's answer
 */
public class SimulatedLookup<A> extends SimulatedAgency {

  private final String agency;
  private final Function<ChildQuery, A> defaultAnswer;

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final Map<String, A> stubs = new HashMap<>();
  private final List<ChildQuery> queries = new ArrayList<>();

  protected SimulatedLookup(String agency, Function<ChildQuery, A> defaultAnswer) {
    this.agency = agency;
    this.defaultAnswer = defaultAnswer;
  }

  /** Records the query and answers it: the stub for the child, else the default. */
  protected A answer(ChildQuery query) {
    synchronized (lock) {
      if (failThisCall()) {
        throw new AgencyUnavailableException("Simulated " + agency + " is unavailable (failNext) for " + query);
      }
      queries.add(query);
      A stubbed = stubs.get(query.childNationalId());
      log.info("Simulated {} answered {} ({})", agency, query, stubbed == null ? "default answer" : "stubbed");
      return stubbed == null ? defaultAnswer.apply(query) : stubbed;
    }
  }

  /** From now on (until {@link #reset()}) answers {@code answer} about the child with this national ID. */
  public void stub(String childNationalId, A answer) {
    AgencyRecords.requireText(childNationalId, "childNationalId");
    AgencyRecords.requirePresent(answer, "answer");
    synchronized (lock) {
      stubs.put(childNationalId, answer);
    }
  }

  /** The queries answered, in order, repeats included (a lookup has no receipt to repeat). */
  public List<ChildQuery> queries() {
    synchronized (lock) {
      return List.copyOf(queries);
    }
  }

  /** Forgets every stub, query and pending failure. */
  @Override
  public void reset() {
    synchronized (lock) {
      super.reset();
      stubs.clear();
      queries.clear();
    }
  }
}
