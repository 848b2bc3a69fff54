package tw.childprotection.flow.agencies.cdc;

import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatedLookupContract;

class SimulatedCdcImmunizationTest extends SimulatedLookupContract<VaccinationRecord> {

  private final SimulatedCdcImmunization agency = new SimulatedCdcImmunization();

  @Override
  protected SimulatedLookup<VaccinationRecord> simulator() {
    return agency;
  }

  @Override
  protected VaccinationRecord ask(ChildQuery query) {
    return agency.vaccination(query);
  }

  @Override
  protected VaccinationRecord expectedDefault(ChildQuery query) {
    return new VaccinationRecord(false, 1);
  }

  @Override
  protected VaccinationRecord stubbed() {
    return new VaccinationRecord(true, 0);
  }
}
