package tw.childprotection.flow.agencies;

/**
 * {@link HttpLookupContract} for a service system's matching: one subclass per system names the
 * adapter and the system.
 */
public abstract class HttpRecordMatcherContract extends HttpLookupContract<MatchResult> {

  /** Builds the system's HTTP adapter. */
  protected abstract RecordMatcher matcher(AgencyProperties properties);

  /** The system's Chinese name, as {@link MatchResult#system()} gives it. */
  protected abstract String system();

  @Override
  protected MatchResult ask(AgencyProperties properties) {
    return matcher(properties).match(QUERY);
  }

  @Override
  protected void buildWithoutBaseUrl(AgencyProperties properties) {
    matcher(properties);
  }

  @Override
  protected String path() {
    return "/matches";
  }

  @Override
  protected String answerJson() {
    return "{\"found\":true,\"inService\":true,\"status\":\"服務中\",\"caseWorker\":\"ignored\"}";
  }

  @Override
  protected MatchResult expectedAnswer() {
    return new MatchResult(true, true, system(), "服務中");
  }

  @Override
  protected String answerWithoutARequiredFact() {
    return "{\"inService\":false,\"status\":\"查無\"}";
  }
}
