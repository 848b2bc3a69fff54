package tw.childprotection.flow.agencies.cdc;

import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The CDC immunization information system in process (mode simulator, the default): stubbed
 * answers per child, otherwise one dose overdue, as the children category C brings in are.
 */
@SimulatorMode
public class SimulatedCdcImmunization extends SimulatedLookup<VaccinationRecord> implements CdcImmunization {

  public SimulatedCdcImmunization() {
    super("CDC immunization information system", query -> new VaccinationRecord(false, 1));
  }

  @Override
  public VaccinationRecord vaccination(ChildQuery query) {
    return answer(query);
  }
}
