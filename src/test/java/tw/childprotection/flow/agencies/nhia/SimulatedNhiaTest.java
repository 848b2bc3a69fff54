package tw.childprotection.flow.agencies.nhia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatedLookupContract;

class SimulatedNhiaTest extends SimulatedLookupContract<InsuranceRecord> {

  private final SimulatedNhia nhia = new SimulatedNhia();

  @Override
  protected SimulatedLookup<InsuranceRecord> simulator() {
    return nhia;
  }

  @Override
  protected InsuranceRecord ask(ChildQuery query) {
    return nhia.insurance(query);
  }

  @Override
  protected InsuranceRecord expectedDefault(ChildQuery query) {
    return InsuranceRecord.plausibleFor(query.childNationalId());
  }

  @Override
  protected InsuranceRecord stubbed() {
    return new InsuranceRecord(false, false, 0, 0);
  }

  @Test
  void theDefaultIsAnInsuredChildWithAnAddressAndSomeCare() {
    InsuranceRecord record = ask(query("k1", CHILD_ID));

    assertThat(record.insured()).isTrue();
    assertThat(record.hasInsuranceAddress()).isTrue();
    assertThat(record.motherLinkedVisitsFirst60Days()).isBetween(1, 3);
    assertThat(record.clinicsLastHalfYear()).isBetween(1, 4);
  }
}
