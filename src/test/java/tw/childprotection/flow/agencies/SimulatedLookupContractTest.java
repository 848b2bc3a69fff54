package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.childprotection.flow.agencies.SimulatorRows.CASE_ID;
import static tw.childprotection.flow.agencies.SimulatorRows.CHILD_ID;
import static tw.childprotection.flow.agencies.SimulatorRows.OTHER_CHILD_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.childprotection.flow.agencies.SimulatorRows.Lookup;

/**
 * What every lookup simulator promises, one row per system: a default answer the same for the same
 * child, stubs per national ID, the queries remembered, outages on demand, and all of it safe from
 * several threads; a service system knows no child unless stubbed.
 */
class SimulatedLookupContractTest {

  static Stream<Lookup<?>> lookups() {
    return SimulatorRows.lookups();
  }

  static Stream<Lookup<?>> matchers() {
    return SimulatorRows.matchers();
  }

  private static ChildQuery query(String key, String childNationalId) {
    return new ChildQuery(key, CASE_ID, "TPE", childNationalId, Map.of("childName", "王小明"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  <A> void anUnstubbedChildGetsTheDefaultAnswerTheSameEveryTime(Lookup<A> system) {
    A first = system.ask().apply(query("k1", CHILD_ID));

    assertThat(first).isEqualTo(system.expectedDefault().apply(query("k1", CHILD_ID)));
    assertThat(system.ask().apply(query("k2", CHILD_ID))).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  <A> void aStubbedChildGetsItsStubAndOthersTheDefault(Lookup<A> system) {
    system.simulator().stub(CHILD_ID, system.stubbed());

    assertThat(system.ask().apply(query("k1", CHILD_ID))).isEqualTo(system.stubbed());
    assertThat(system.ask().apply(query("k2", OTHER_CHILD_ID)))
        .isEqualTo(system.expectedDefault().apply(query("k2", OTHER_CHILD_ID)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  <A> void theQueriesAnsweredAreRememberedInOrder(Lookup<A> system) {
    ChildQuery first = query("k1", CHILD_ID);
    ChildQuery second = query("k2", OTHER_CHILD_ID);
    system.ask().apply(first);
    system.ask().apply(second);

    assertThat(system.simulator().queries()).containsExactly(first, second);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  <A> void resetForgetsStubsQueriesAndPendingFailures(Lookup<A> system) {
    system.simulator().stub(CHILD_ID, system.stubbed());
    system.ask().apply(query("k1", CHILD_ID));
    system.simulator().failNext(1);

    system.simulator().reset();

    assertThat(system.simulator().queries()).isEmpty();
    assertThat(system.ask().apply(query("k1", CHILD_ID)))
        .isEqualTo(system.expectedDefault().apply(query("k1", CHILD_ID)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  <A> void failNextMakesTheNextQueriesUnavailableThenAnswers(Lookup<A> system) {
    system.simulator().failNext(2);

    assertThatThrownBy(() -> system.ask().apply(query("k1", CHILD_ID)))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageNotContaining(CHILD_ID);
    assertThatThrownBy(() -> system.ask().apply(query("k1", CHILD_ID)))
        .isInstanceOf(AgencyUnavailableException.class);
    assertThat(system.ask().apply(query("k1", CHILD_ID)))
        .isEqualTo(system.expectedDefault().apply(query("k1", CHILD_ID)));
    assertThat(system.simulator().queries()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  <A> void concurrentQueriesAreAllAnsweredAndRemembered(Lookup<A> system) throws Exception {
    system.simulator().stub(CHILD_ID, system.stubbed());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<A>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String key = "k" + i;
        calls.add(() -> system.ask().apply(query(key, CHILD_ID)));
      }
      for (var answer : pool.invokeAll(calls)) {
        assertThat(answer.get()).isEqualTo(system.stubbed());
      }
      assertThat(system.simulator().queries()).hasSize(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matchers")
  void anUnknownChildIsNeitherFoundNorInService(Lookup<MatchResult> system) {
    MatchResult result = system.ask().apply(query("k1", CHILD_ID));

    assertThat(result.found()).isFalse();
    assertThat(result.inService()).isFalse();
    assertThat(result.system()).isEqualTo(system.name());
  }
}
