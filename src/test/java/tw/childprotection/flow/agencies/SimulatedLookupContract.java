package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * What every lookup simulator promises: a default answer the same for the same child, stubs per
 * national ID, the queries remembered, outages on demand, and all of it safe from several threads.
 *
 * @param <A> what the lookup answers
 */
public abstract class SimulatedLookupContract<A> {

  protected static final String CHILD_ID = "A123456789";
  protected static final String OTHER_CHILD_ID = "B223456780";

  protected abstract SimulatedLookup<A> simulator();

  protected abstract A ask(ChildQuery query);

  /** What the simulator answers about {@code query}'s child when not stubbed. */
  protected abstract A expectedDefault(ChildQuery query);

  /** An answer unlike the default, to stub. */
  protected abstract A stubbed();

  protected static ChildQuery query(String key, String childNationalId) {
    return new ChildQuery(key, "CP-TPE-2026-000001", "TPE", childNationalId, Map.of("childName", "王小明"));
  }

  @Test
  protected void anUnstubbedChildGetsTheDefaultAnswerTheSameEveryTime() {
    A first = ask(query("k1", CHILD_ID));

    assertThat(first).isEqualTo(expectedDefault(query("k1", CHILD_ID)));
    assertThat(ask(query("k2", CHILD_ID))).isEqualTo(first);
  }

  @Test
  protected void aStubbedChildGetsItsStubAndOthersTheDefault() {
    simulator().stub(CHILD_ID, stubbed());

    assertThat(ask(query("k1", CHILD_ID))).isEqualTo(stubbed());
    assertThat(ask(query("k2", OTHER_CHILD_ID))).isEqualTo(expectedDefault(query("k2", OTHER_CHILD_ID)));
  }

  @Test
  protected void theQueriesAnsweredAreRememberedInOrder() {
    ChildQuery first = query("k1", CHILD_ID);
    ChildQuery second = query("k2", OTHER_CHILD_ID);
    ask(first);
    ask(second);

    assertThat(simulator().queries()).containsExactly(first, second);
  }

  @Test
  protected void resetForgetsStubsQueriesAndPendingFailures() {
    simulator().stub(CHILD_ID, stubbed());
    ask(query("k1", CHILD_ID));
    simulator().failNext(1);

    simulator().reset();

    assertThat(simulator().queries()).isEmpty();
    assertThat(ask(query("k1", CHILD_ID))).isEqualTo(expectedDefault(query("k1", CHILD_ID)));
  }

  @Test
  protected void failNextMakesTheNextQueriesUnavailableThenAnswers() {
    simulator().failNext(2);

    assertThatThrownBy(() -> ask(query("k1", CHILD_ID))).isInstanceOf(AgencyUnavailableException.class)
        .hasMessageNotContaining(CHILD_ID);
    assertThatThrownBy(() -> ask(query("k1", CHILD_ID))).isInstanceOf(AgencyUnavailableException.class);
    assertThat(ask(query("k1", CHILD_ID))).isEqualTo(expectedDefault(query("k1", CHILD_ID)));
    assertThat(simulator().queries()).hasSize(1);
  }

  @Test
  protected void concurrentQueriesAreAllAnsweredAndRemembered() throws Exception {
    simulator().stub(CHILD_ID, stubbed());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<A>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String key = "k" + i;
        calls.add(() -> ask(query(key, CHILD_ID)));
      }
      for (var answer : pool.invokeAll(calls)) {
        assertThat(answer.get()).isEqualTo(stubbed());
      }
      assertThat(simulator().queries()).hasSize(200);
    } finally {
      pool.shutdownNow();
    }
  }
}
