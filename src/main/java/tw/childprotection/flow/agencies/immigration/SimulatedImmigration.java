package tw.childprotection.flow.agencies.immigration;

import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The immigration agency in process (mode simulator, the default): stubbed
 * answers per child, otherwise never left the country.
 */
@SimulatorMode
public class SimulatedImmigration extends SimulatedLookup<EntryExitRecord> implements Immigration {

  public SimulatedImmigration() {
    super("immigration agency", query -> new EntryExitRecord(false, null, null));
  }

  @Override
  public EntryExitRecord entryExit(ChildQuery query) {
    return answer(query);
  }
}
