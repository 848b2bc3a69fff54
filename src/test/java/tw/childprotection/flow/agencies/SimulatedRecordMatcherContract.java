package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link SimulatedLookupContract} for a service system: knows no child unless stubbed. */
public abstract class SimulatedRecordMatcherContract extends SimulatedLookupContract<MatchResult> {

  protected abstract SimulatedRecordMatcher matcher();

  /** The system's Chinese name, as {@link MatchResult#system()} gives it. */
  protected abstract String system();

  @Override
  protected SimulatedLookup<MatchResult> simulator() {
    return matcher();
  }

  @Override
  protected MatchResult ask(ChildQuery query) {
    return matcher().match(query);
  }

  @Override
  protected MatchResult expectedDefault(ChildQuery query) {
    return MatchResult.none(system());
  }

  @Override
  protected MatchResult stubbed() {
    return new MatchResult(true, true, system(), "服務中");
  }

  @Test
  protected void anUnknownChildIsNeitherFoundNorInService() {
    MatchResult result = ask(query("k1", CHILD_ID));

    assertThat(result.found()).isFalse();
    assertThat(result.inService()).isFalse();
    assertThat(result.system()).isEqualTo(system());
  }
}
