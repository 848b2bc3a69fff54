package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.childprotection.flow.agencies.SimulatorRows.CASE_ID;
import static tw.childprotection.flow.agencies.SimulatorRows.CHILD_ID;
import static tw.childprotection.flow.agencies.SimulatorRows.CHILD_NAME;
import static tw.childprotection.flow.agencies.SimulatorRows.DETAILS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.childprotection.flow.agencies.SimulatorRows.Receiver;

/** What every simulator of an agency that receives calls, and its record, promise; one row per agency. */
class SimulatorContractTest {

  static Stream<Receiver<?>> receivers() {
    return SimulatorRows.receivers();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void theSameKeyTwiceIsRecordedOnceWithTheSameReceipt(Receiver<T> agency) {
    AgencyReceipt first = send(agency, "pi-1:task:1", CASE_ID);
    AgencyReceipt again = send(agency, "pi-1:task:1", CASE_ID);

    assertThat(again).isEqualTo(first);
    assertThat(agency.simulator().received()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void differentKeysAreTwoCalls(Receiver<T> agency) {
    AgencyReceipt first = send(agency, "pi-1:task:1", CASE_ID);
    AgencyReceipt second = send(agency, "pi-1:task:2", CASE_ID);

    assertThat(second.reference()).isNotEqualTo(first.reference());
    assertThat(agency.simulator().received()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void failNextMakesTheNextCallsUnavailableThenSucceeds(Receiver<T> agency) {
    T call = agency.call().of("pi-1:task:1", CASE_ID, DETAILS);
    agency.simulator().failNext(2);

    assertThatThrownBy(() -> agency.send().apply(call)).isInstanceOf(AgencyUnavailableException.class);
    assertThatThrownBy(() -> agency.send().apply(call)).isInstanceOf(AgencyUnavailableException.class);
    AgencyReceipt receipt = agency.send().apply(call);

    assertThat(receipt.reference()).isEqualTo(agency.referencePrefix() + "-TPE-000001");
    assertThat(agency.simulator().received()).containsExactly(call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void referencesAreReadableAndNumberedInOrder(Receiver<T> agency) {
    AgencyReceipt first = send(agency, "k1", CASE_ID);
    AgencyReceipt second = send(agency, "k2", "CP-TPE-2026-000002");

    assertThat(first.reference()).isEqualTo(agency.referencePrefix() + "-TPE-000001");
    assertThat(second.reference()).isEqualTo(agency.referencePrefix() + "-TPE-000002");
    assertThat(first.receivedAt()).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void resetForgetsEverything(Receiver<T> agency) {
    send(agency, "k1", CASE_ID);
    agency.simulator().failNext(1);

    agency.simulator().reset();

    assertThat(agency.simulator().received()).isEmpty();
    assertThat(send(agency, "k1", CASE_ID).reference()).isEqualTo(agency.referencePrefix() + "-TPE-000001");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void concurrentRetriesOfOneCallAreRecordedOnce(Receiver<T> agency) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<AgencyReceipt>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(() -> send(agency, "same-key", CASE_ID));
      }
      List<AgencyReceipt> receipts = new ArrayList<>();
      for (Future<AgencyReceipt> f : pool.invokeAll(calls)) {
        receipts.add(f.get());
      }
      assertThat(receipts).containsOnly(receipts.get(0));
      assertThat(agency.simulator().received()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void detailsStayOutOfToString(Receiver<T> agency) {
    String text = agency.call().of("pi-1:task:1", CASE_ID, DETAILS).toString();

    assertThat(text).contains("pi-1:task:1", CASE_ID, "TPE").doesNotContain(CHILD_NAME, CHILD_ID, "details");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void keyCaseIdAndTypeAreRequired(Receiver<T> agency) {
    assertThatThrownBy(() -> agency.call().of(" ", CASE_ID, DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> agency.call().of(null, CASE_ID, DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> agency.call().of("k", "", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseId");
    assertThatThrownBy(() -> agency.incomplete().get())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(agency.incompleteField());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receivers")
  <T> void detailsDefaultToAnEmptyMapAndCannotChangeAfterwards(Receiver<T> agency) {
    assertThat(agency.detailsOf().apply(agency.call().of("k", CASE_ID, null))).isEmpty();

    Map<String, Object> mutable = new HashMap<>(DETAILS);
    mutable.put("school", null);
    T call = agency.call().of("k", CASE_ID, mutable);
    mutable.put("later", "changed");

    assertThat(agency.detailsOf().apply(call)).containsEntry("childName", CHILD_NAME).containsKey("school")
        .doesNotContainKey("later");
    assertThatThrownBy(() -> agency.detailsOf().apply(call).put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static <T> AgencyReceipt send(Receiver<T> agency, String idempotencyKey, String caseId) {
    return agency.send().apply(agency.call().of(idempotencyKey, caseId, DETAILS));
  }
}
