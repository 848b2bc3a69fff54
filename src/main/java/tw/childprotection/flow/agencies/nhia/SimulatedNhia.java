package tw.childprotection.flow.agencies.nhia;

import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The national health insurance administration in process (mode simulator, the default): stubbed
 * answers per child, otherwise insured with a contact address, and a few visits and clinics
 * worked out from the national ID.
 */
@SimulatorMode
public class SimulatedNhia extends SimulatedLookup<InsuranceRecord> implements Nhia {

  public SimulatedNhia() {
    super("national health insurance administration", query -> InsuranceRecord.plausibleFor(query.childNationalId()));
  }

  @Override
  public InsuranceRecord insurance(ChildQuery query) {
    return answer(query);
  }
}
