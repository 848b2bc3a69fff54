package tw.childprotection.flow.agencies.immigration;

import java.time.LocalDate;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatedLookupContract;

class SimulatedImmigrationTest extends SimulatedLookupContract<EntryExitRecord> {

  private final SimulatedImmigration agency = new SimulatedImmigration();

  @Override
  protected SimulatedLookup<EntryExitRecord> simulator() {
    return agency;
  }

  @Override
  protected EntryExitRecord ask(ChildQuery query) {
    return agency.entryExit(query);
  }

  @Override
  protected EntryExitRecord expectedDefault(ChildQuery query) {
    return new EntryExitRecord(false, null, null);
  }

  @Override
  protected EntryExitRecord stubbed() {
    return new EntryExitRecord(true, LocalDate.of(2026, 8, 19), null);
  }
}
