package tw.childprotection.flow.agencies;

/**
 * Which adapters run, from {@code child-protection.agencies.mode}: in-process simulators (demo,
 * tests; the default) or the agencies' HTTP interfaces (production).
 */
public enum AgencyMode {
  SIMULATOR, HTTP
}
