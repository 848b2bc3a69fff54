package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every agency simulator and its record promise; one subclass per agency supplies the calls.
 *
 * @param <T> the agency's record
 */
public abstract class SimulatorContract<T> {

  protected static final String CHILD_NAME = "王小明";
  protected static final String CHILD_ID = "A123456789";
  protected static final Map<String, Object> DETAILS = Map.of("childName", CHILD_NAME, "childNationalId", CHILD_ID);

  protected abstract Simulator<T> simulator();

  /** A call of the agency's first type for case CP-TPE-2026-000001 in TPE. */
  protected abstract T call(String idempotencyKey, String caseId, Map<String, Object> details);

  protected abstract T callWithoutType();

  protected abstract AgencyReceipt send(T call);

  protected abstract Map<String, Object> detailsOf(T call);

  protected abstract String referencePrefix();

  @Test
  protected void theSameKeyTwiceIsRecordedOnceWithTheSameReceipt() {
    AgencyReceipt first = send(call("pi-1:task:1", "CP-TPE-2026-000001", DETAILS));
    AgencyReceipt again = send(call("pi-1:task:1", "CP-TPE-2026-000001", DETAILS));

    assertThat(again).isEqualTo(first);
    assertThat(simulator().received()).hasSize(1);
  }

  @Test
  protected void differentKeysAreTwoCalls() {
    AgencyReceipt first = send(call("pi-1:task:1", "CP-TPE-2026-000001", DETAILS));
    AgencyReceipt second = send(call("pi-1:task:2", "CP-TPE-2026-000001", DETAILS));

    assertThat(second.reference()).isNotEqualTo(first.reference());
    assertThat(simulator().received()).hasSize(2);
  }

  @Test
  protected void failNextMakesTheNextCallsUnavailableThenSucceeds() {
    T call = call("pi-1:task:1", "CP-TPE-2026-000001", DETAILS);
    simulator().failNext(2);

    assertThatThrownBy(() -> send(call)).isInstanceOf(AgencyUnavailableException.class);
    assertThatThrownBy(() -> send(call)).isInstanceOf(AgencyUnavailableException.class);
    AgencyReceipt receipt = send(call);

    assertThat(receipt.reference()).isEqualTo(referencePrefix() + "-TPE-000001");
    assertThat(simulator().received()).containsExactly(call);
  }

  @Test
  protected void referencesAreReadableAndNumberedInOrder() {
    AgencyReceipt first = send(call("k1", "CP-TPE-2026-000001", DETAILS));
    AgencyReceipt second = send(call("k2", "CP-TPE-2026-000002", DETAILS));

    assertThat(first.reference()).isEqualTo(referencePrefix() + "-TPE-000001");
    assertThat(second.reference()).isEqualTo(referencePrefix() + "-TPE-000002");
    assertThat(first.receivedAt()).isNotNull();
  }

  @Test
  protected void resetForgetsEverything() {
    send(call("k1", "CP-TPE-2026-000001", DETAILS));
    simulator().failNext(1);

    simulator().reset();

    assertThat(simulator().received()).isEmpty();
    assertThat(send(call("k1", "CP-TPE-2026-000001", DETAILS)).reference())
        .isEqualTo(referencePrefix() + "-TPE-000001");
  }

  @Test
  protected void concurrentRetriesOfOneCallAreRecordedOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<AgencyReceipt>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(() -> send(call("same-key", "CP-TPE-2026-000001", DETAILS)));
      }
      List<AgencyReceipt> receipts = new ArrayList<>();
      for (Future<AgencyReceipt> f : pool.invokeAll(calls)) {
        receipts.add(f.get());
      }
      assertThat(receipts).containsOnly(receipts.get(0));
      assertThat(simulator().received()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  protected void detailsStayOutOfToString() {
    String text = call("pi-1:task:1", "CP-TPE-2026-000001", DETAILS).toString();

    assertThat(text).contains("pi-1:task:1", "CP-TPE-2026-000001", "TPE")
        .doesNotContain(CHILD_NAME, CHILD_ID, "details");
  }

  @Test
  protected void keyCaseIdAndTypeAreRequired() {
    assertThatThrownBy(() -> call(" ", "CP-TPE-2026-000001", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> call(null, "CP-TPE-2026-000001", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> call("k", "", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseId");
    assertThatThrownBy(this::callWithoutType)
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
  }

  @Test
  protected void detailsDefaultToAnEmptyMapAndCannotChangeAfterwards() {
    assertThat(detailsOf(call("k", "CP-TPE-2026-000001", null))).isEmpty();

    Map<String, Object> mutable = new HashMap<>(DETAILS);
    mutable.put("school", null);
    T call = call("k", "CP-TPE-2026-000001", mutable);
    mutable.put("later", "changed");

    assertThat(detailsOf(call)).containsEntry("childName", CHILD_NAME).containsKey("school").doesNotContainKey("later");
    assertThatThrownBy(() -> detailsOf(call).put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }
}
