package tw.childprotection.flow.agencies.immigration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.SimulatedLookup;

/**
 * The immigration agency in process (mode simulator, the default): stubbed
 * answers per child, otherwise never left the country.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedImmigration extends SimulatedLookup<EntryExitRecord> implements Immigration {

  public SimulatedImmigration() {
    super("immigration agency", query -> new EntryExitRecord(false, null, null));
  }

  @Override
  public EntryExitRecord entryExit(ChildQuery query) {
    return answer(query);
  }
}
