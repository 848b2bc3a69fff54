package tw.childprotection.flow.agencies.household;

import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatedLookupContract;

class SimulatedHouseholdRegistrationTest extends SimulatedLookupContract<HouseholdRecord> {

  private final SimulatedHouseholdRegistration agency = new SimulatedHouseholdRegistration();

  @Override
  protected SimulatedLookup<HouseholdRecord> simulator() {
    return agency;
  }

  @Override
  protected HouseholdRecord ask(ChildQuery query) {
    return agency.lookup(query);
  }

  @Override
  protected HouseholdRecord expectedDefault(ChildQuery query) {
    return new HouseholdRecord(true, false, false, query.county(), 2);
  }

  @Override
  protected HouseholdRecord stubbed() {
    return new HouseholdRecord(true, true, false, "TPE", 2);
  }
}
