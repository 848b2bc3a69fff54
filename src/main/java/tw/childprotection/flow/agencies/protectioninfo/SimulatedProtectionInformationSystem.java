package tw.childprotection.flow.agencies.protectioninfo;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.Simulator;

/**
 * The protection information system in process (mode simulator, the default): receipts
 * {@code PIS-<county>-000001}; for matching it knows no child unless stubbed.
 */
@Component
@ConditionalOnProperty(name = "child-protection.agencies.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedProtectionInformationSystem extends Simulator<ProtectionRecord>
    implements ProtectionInformationSystem {

  private final SimulatedRecordMatcher matches = new SimulatedRecordMatcher("保護資訊系統");

  public SimulatedProtectionInformationSystem() {
    super("protection information system", "PIS", ProtectionRecord::idempotencyKey, ProtectionRecord::caseId,
        ProtectionRecord::county, ProtectionRecord::type);
  }

  @Override
  public AgencyReceipt register(ProtectionRecord record) {
    return receive(record);
  }

  @Override
  public MatchResult match(ChildQuery query) {
    return matches.match(query);
  }

  /** From now on (until {@link #reset()}) answers {@code result} when matching this child. */
  public void stub(String childNationalId, MatchResult result) {
    matches.stub(childNationalId, result);
  }

  /** The match queries answered, in order. */
  public List<ChildQuery> queries() {
    return matches.queries();
  }

  /** Forgets the records received and the match stubs and queries too. */
  @Override
  public void reset() {
    super.reset();
    matches.reset();
  }
}
