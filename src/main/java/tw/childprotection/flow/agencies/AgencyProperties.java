package tw.childprotection.flow.agencies;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code child-protection.agencies.*}: which adapters run, their timeouts and, in http mode, where each
 * agency is, by the agency's key: {@code child-protection.agencies.<key>.base-url}, or else the
 * environment variable {@code AGENCY_<KEY>_URL} ({@code district-office}: {@code AGENCY_DISTRICT_OFFICE_URL}).
 * No list of agencies here: an agency's HTTP adapter names its key ({@link HttpMode#key()}), and
 * {@link AgencyConfiguration} checks the keys of the adapters present at start-up.
 *
 *
 * <p>Credentials likewise, by key: {@code child-protection.agencies.<key>.bearer-token} (or
 * {@code AGENCY_<KEY>_TOKEN}) and a client certificate,
 * {@code child-protection.agencies.<key>.client-certificate.key-store} and {@code .key-store-password} (or
 * {@code AGENCY_<KEY>_KEY_STORE}, {@code AGENCY_<KEY>_KEY_STORE_PASSWORD}).
 *
 * @param baseUrls an agency's base URL by its key, null when unset
 * @param credentials an agency's credentials by its key, {@link AgencyCredentials#NONE} when unset
 */
public record AgencyProperties(AgencyMode mode, Duration connectTimeout, Duration readTimeout,
    Function<String, String> baseUrls, Function<String, AgencyCredentials> credentials) {

  static final String PREFIX = "child-protection.agencies.";
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

  public AgencyProperties {
    mode = mode == null ? AgencyMode.SIMULATOR : mode;
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    baseUrls = baseUrls == null ? key -> null : baseUrls;
    credentials = credentials == null ? key -> AgencyCredentials.NONE : credentials;
  }

  /** Without credentials (the simulators; agencies on a closed network). */
  public AgencyProperties(AgencyMode mode, Duration connectTimeout, Duration readTimeout,
      Function<String, String> baseUrls) {
    this(mode, connectTimeout, readTimeout, baseUrls, null);
  }

  /** Bound as start-up binds it: relaxed names, so {@code CHILDPROTECTION_AGENCIES_MODE=http} works too. */
  public static AgencyProperties from(Environment environment) {
    Binder binder = Binder.get(environment);
    return new AgencyProperties(
        binder.bind(PREFIX + "mode", AgencyMode.class).orElse(null),
        binder.bind(PREFIX + "connect-timeout", Duration.class).orElse(null),
        binder.bind(PREFIX + "read-timeout", Duration.class).orElse(null),
        key -> binder.bind(baseUrlProperty(key), String.class).map(url -> StringUtils.hasText(url) ? url : null)
            .orElseGet(() -> environment.getProperty(environmentVariable(key))),
        key -> new AgencyCredentials(setting(binder, environment, key, "bearer-token", "TOKEN"),
            setting(binder, environment, key, "client-certificate.key-store", "KEY_STORE"),
            setting(binder, environment, key, "client-certificate.key-store-password", "KEY_STORE_PASSWORD")));
  }

  /** {@code child-protection.agencies.<key>.<property>}, else the environment's {@code AGENCY_<KEY>_<VARIABLE>}. */
  private static String setting(Binder binder, Environment environment, String key, String property,
      String variable) {
    return binder.bind(PREFIX + key + "." + property, String.class).map(v -> StringUtils.hasText(v) ? v : null)
        .orElseGet(() -> environment.getProperty(agencyVariable(key, variable)));
  }

  /** The credentials for the agency with this key; {@link AgencyCredentials#NONE} when none are set. */
  public AgencyCredentials credentialsOf(String agency) {
    AgencyCredentials found = credentials.apply(agency);
    return found == null ? AgencyCredentials.NONE : found;
  }

  /** An agency's environment variable, e.g. {@code AGENCY_DISTRICT_OFFICE_TOKEN}. */
  public static String agencyVariable(String agency, String variable) {
    return "AGENCY_" + agency.toUpperCase(Locale.ROOT).replace('-', '_') + "_" + variable;
  }

  /** The base URL of the agency with this key (e.g. {@code court}, {@code district-office}); null when unset. */
  public String baseUrl(String agency) {
    return baseUrls.apply(agency);
  }

  /** The property that holds {@code agency}'s base URL. */
  public static String baseUrlProperty(String agency) {
    return PREFIX + agency + ".base-url";
  }

  /** The environment variable that may hold it instead, as the operators' documentation names it. */
  public static String environmentVariable(String agency) {
    return agencyVariable(agency, "URL");
  }

  /**
   * Stops start-up naming every agency of {@code keys} whose base URL is missing or not an absolute
   * http(s) URL, rather than at the first child's case hours later.
   */
  public void requireBaseUrls(Collection<String> keys) {
    List<String> problems = new ArrayList<>();
    keys.stream().distinct().sorted().forEach(key -> {
      String url = baseUrl(key);
      if (!StringUtils.hasText(url)) {
        problems.add(baseUrlProperty(key) + " is missing (or " + environmentVariable(key) + ")");
      } else if (!isHttpUrl(url)) {
        problems.add(baseUrlProperty(key) + " is not an absolute http(s) URL");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(PREFIX + "mode=http but " + String.join(", ", problems)
          + ". Set the agency's base URL (e.g. " + PREFIX + "court.base-url=https://court.example.gov.tw/api"
          + " or AGENCY_COURT_URL) or run with " + PREFIX + "mode=simulator.");
    }
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value.trim());
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }
}
