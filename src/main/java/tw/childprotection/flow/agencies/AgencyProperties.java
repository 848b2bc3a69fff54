package tw.childprotection.flow.agencies;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code child-protection.agencies.*}: which adapters run and, in http mode, where each agency is.
 * Bound at start-up, so http mode without every base URL stops the application there with the names
 * of the missing properties, not at the first child's case hours later.
 */
@ConfigurationProperties("child-protection.agencies")
public record AgencyProperties(AgencyMode mode, Duration connectTimeout, Duration readTimeout, Endpoint court,
    Endpoint police, Endpoint education, Endpoint protectionInfo) {

  static final String PREFIX = "child-protection.agencies.";
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

  public AgencyProperties {
    mode = mode == null ? AgencyMode.SIMULATOR : mode;
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    court = court == null ? new Endpoint(null) : court;
    police = police == null ? new Endpoint(null) : police;
    education = education == null ? new Endpoint(null) : education;
    protectionInfo = protectionInfo == null ? new Endpoint(null) : protectionInfo;
    if (mode == AgencyMode.HTTP) {
      requireBaseUrls(endpoints(court, police, education, protectionInfo));
    }
  }

  /** The base URL of {@code agency} ({@code court}, {@code police}, {@code education}, {@code protection-info}). */
  public String baseUrl(String agency) {
    Endpoint endpoint = endpoints(court, police, education, protectionInfo).get(agency);
    if (endpoint == null) {
      throw new IllegalArgumentException("No agency " + agency + " under " + PREFIX);
    }
    return endpoint.baseUrl();
  }

  /** The property that holds {@code agency}'s base URL. */
  public static String baseUrlProperty(String agency) {
    return PREFIX + agency + ".base-url";
  }

  private static Map<String, Endpoint> endpoints(Endpoint court, Endpoint police, Endpoint education,
      Endpoint protectionInfo) {
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    endpoints.put("court", court);
    endpoints.put("police", police);
    endpoints.put("education", education);
    endpoints.put("protection-info", protectionInfo);
    return endpoints;
  }

  /** Where one agency's HTTP interface is, e.g. {@code https://court.example.gov.tw/child-protection/v1}. */
  public record Endpoint(String baseUrl) {
  }

  private static void requireBaseUrls(Map<String, Endpoint> endpoints) {
    List<String> problems = new ArrayList<>();
    endpoints.forEach((name, endpoint) -> {
      String property = baseUrlProperty(name);
      if (endpoint.baseUrl() == null || endpoint.baseUrl().isBlank()) {
        problems.add(property + " is missing");
      } else if (!isHttpUrl(endpoint.baseUrl())) {
        problems.add(property + " is not an absolute http(s) URL");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(PREFIX + "mode=http but " + String.join(", ", problems)
          + ". Set the agency's base URL (e.g. " + PREFIX + "court.base-url=https://court.example.gov.tw/api)"
          + " or run with " + PREFIX + "mode=simulator.");
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
