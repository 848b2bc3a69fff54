package tw.childprotection.flow.agencies.cdc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;

/**
 * The CDC immunization information system in process (mode simulator, the default): stubbed
 * answers per child, otherwise one dose overdue, as the children category C brings in are.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedCdcImmunization extends SimulatedLookup<VaccinationRecord> implements CdcImmunization {

  public SimulatedCdcImmunization() {
    super("CDC immunization information system", query -> new VaccinationRecord(false, 1));
  }

  @Override
  public VaccinationRecord vaccination(ChildQuery query) {
    return answer(query);
  }
}
