package tw.childprotection.flow.agencies.household;

import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The household registration in process (mode simulator, the default): stubbed
 * answers per child, otherwise registered in the query's county, not departed, not deceased, with
 * two second-degree relatives.
 */
@SimulatorMode
public class SimulatedHouseholdRegistration extends SimulatedLookup<HouseholdRecord> implements HouseholdRegistration {

  public SimulatedHouseholdRegistration() {
    super("household registration", query -> new HouseholdRecord(true, false, false, query.county(), 2));
  }

  @Override
  public HouseholdRecord lookup(ChildQuery query) {
    return answer(query);
  }
}
