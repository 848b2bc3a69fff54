package tw.childprotection.flow.agencies.nhia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.agencies.ChildQuery;

/** What the NHIA simulator answers beyond the lookup contract (SimulatedLookupContractTest). */
class SimulatedNhiaTest {

  private final SimulatedNhia nhia = new SimulatedNhia();

  @Test
  void theDefaultIsAnInsuredChildWithAnAddressAndSomeCare() {
    InsuranceRecord record = nhia.insurance(
        new ChildQuery("k1", "CP-TPE-2026-000001", "TPE", "A123456789", Map.of("childName", "王小明")));

    assertThat(record.insured()).isTrue();
    assertThat(record.hasInsuranceAddress()).isTrue();
    assertThat(record.motherLinkedVisitsFirst60Days()).isBetween(1, 3);
    assertThat(record.clinicsLastHalfYear()).isBetween(1, 4);
  }
}
