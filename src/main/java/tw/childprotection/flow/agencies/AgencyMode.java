package tw.childprotection.flow.agencies;

/**
 * Which adapters run, from {@code child-protection.agencies.mode}: in-process simulators (demo,
 * tests; the default) or the agencies' HTTP interfaces (production). {@link SimulatorMode} and
 * {@link HttpMode} are the only places the choice is written.
 */
public enum AgencyMode {
  SIMULATOR, HTTP;

  public static final String PROPERTY = "child-protection.agencies.mode";
}
