package tw.childprotection.flow.agencies.protectioninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.agencies.AgencyNotice;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.SimulatorDatabase;

/** Matching on the simulated protection information system, beside its records. */
class SimulatedProtectionInformationSystemMatchTest {

  private static final String CHILD_ID = "A123456789";

  private final SimulatedProtectionInformationSystem system = new SimulatedProtectionInformationSystem(
      SimulatorDatabase.freshReceipts());
  private final ChildQuery query = new ChildQuery("k1", "AC-TPE-2026-000001", "TPE", CHILD_ID, Map.of());

  @Test
  void anUnknownChildIsNotFoundAndTheQueryIsRemembered() {
    assertThat(system.match(query)).isEqualTo(MatchResult.none("保護資訊系統"));
    assertThat(system.queries()).containsExactly(query);
  }

  @Test
  void aStubbedChildIsInServiceUntilReset() {
    MatchResult inService = new MatchResult(true, true, "保護資訊系統", "開案服務中");
    system.stub(CHILD_ID, inService);
    system.send(new AgencyNotice<>("r1", "CP-TPE-2026-000001", "TPE", ProtectionRecordType.REPORT_RECEIVED,
        Map.of()));
    assertThat(system.match(query)).isEqualTo(inService);

    system.reset();

    assertThat(system.match(query).found()).isFalse();
    assertThat(system.queries()).containsExactly(query);
    assertThat(system.received()).isEmpty();
  }
}
