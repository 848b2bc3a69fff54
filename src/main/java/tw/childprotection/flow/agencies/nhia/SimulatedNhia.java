package tw.childprotection.flow.agencies.nhia;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;

/**
 * The national health insurance administration in process (mode simulator, the default): stubbed
 * answers per child, otherwise insured with a contact address, and a few visits and clinics
 * worked out from the national ID.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedNhia extends SimulatedLookup<InsuranceRecord> implements Nhia {

  public SimulatedNhia() {
    super("national health insurance administration", query -> InsuranceRecord.plausibleFor(query.childNationalId()));
  }

  @Override
  public InsuranceRecord insurance(ChildQuery query) {
    return answer(query);
  }
}
