package tw.childprotection.flow.agencies.protectioninfo;

import java.util.List;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.SimulatedAgencyReceipts;
import tw.childprotection.flow.agencies.SimulatedNoticeRecipient;
import tw.childprotection.flow.agencies.SimulatedRecordMatcher;
import tw.childprotection.flow.agencies.SimulatorMode;

/**
 * The protection information system in process (mode simulator, the default): receipts
 * {@code PIS-<county>-000001}; for matching it knows no child unless stubbed.
 */
@SimulatorMode
public class SimulatedProtectionInformationSystem extends SimulatedNoticeRecipient<ProtectionRecordType>
    implements ProtectionInformationSystem {

  private final SimulatedRecordMatcher matches = new SimulatedRecordMatcher("保護資訊系統");

  public SimulatedProtectionInformationSystem(SimulatedAgencyReceipts receipts) {
    super(receipts, "protection information system", "PIS");
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
