package tw.childprotection.flow.agencies;

/**
 * A service system to match against, in process: knows no child unless stubbed. Each matcher's
 * simulator is only a constructor naming the system.
 */
public class SimulatedRecordMatcher extends SimulatedLookup<MatchResult> implements RecordMatcher {

  /** @param system the system's Chinese name, as {@link MatchResult#system()} gives it */
  public SimulatedRecordMatcher(String system) {
    super(system, query -> MatchResult.none(system));
  }

  @Override
  public MatchResult match(ChildQuery query) {
    return answer(query);
  }
}
