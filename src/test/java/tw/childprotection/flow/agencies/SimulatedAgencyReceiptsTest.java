package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;
import tw.childprotection.flow.agencies.protectioninfo.SimulatedProtectionInformationSystem;

/**
 * Two nodes' simulators of one agency over one database, as a cluster has them: a key the first node
 * recorded is answered on the second with the same receipt, and recorded once (ClusterPostgresTest does
 * the same with two real JVMs and a killed node).
 */
class SimulatedAgencyReceiptsTest {

  private final SimulatedAgencyReceipts database = SimulatorDatabase.freshReceipts();
  private final SimulatedProtectionInformationSystem nodeA = new SimulatedProtectionInformationSystem(database);
  private final SimulatedProtectionInformationSystem nodeB = new SimulatedProtectionInformationSystem(database);

  @Test
  void aKeyTheFirstNodeRecordedIsAnsweredOnTheSecondWithTheSameReceipt() {
    AgencyReceipt first = nodeA.send(notice("pi-1:registerReport:1"));

    AgencyReceipt again = nodeB.send(notice("pi-1:registerReport:1"));

    assertThat(again).isEqualTo(first);
    assertThat(nodeA.received()).hasSize(1);
    assertThat(nodeB.received()).as("node B recorded nothing new").isEmpty();
    assertThat(nodeB.send(notice("pi-2:registerReport:1")).reference())
        .as("numbered after node A's").isEqualTo("PIS-TPE-000002");
  }

  @Test
  void bothNodesRetryingOneKeyAtOnceGetOneReceipt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<AgencyReceipt>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        SimulatedProtectionInformationSystem node = i % 2 == 0 ? nodeA : nodeB;
        calls.add(() -> node.send(notice("same-key")));
      }
      List<AgencyReceipt> receipts = new ArrayList<>();
      for (Future<AgencyReceipt> f : pool.invokeAll(calls)) {
        receipts.add(f.get());
      }
      assertThat(receipts).containsOnly(receipts.get(0));
      assertThat(nodeA.received().size() + nodeB.received().size()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void resetOnOneNodeForgetsTheAgencysReceiptsOnEvery() {
    nodeA.send(notice("k1"));

    nodeB.reset();

    assertThat(nodeB.send(notice("k1")).reference()).isEqualTo("PIS-TPE-000001");
    assertThat(nodeB.received()).hasSize(1);
  }

  private static AgencyNotice<ProtectionRecordType> notice(String key) {
    return new AgencyNotice<>(key, "CP-TPE-2026-000001", "TPE", ProtectionRecordType.REPORT_RECEIVED, Map.of());
  }
}
