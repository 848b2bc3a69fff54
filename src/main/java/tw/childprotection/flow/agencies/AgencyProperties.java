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
 * of the missing properties, not at the first child's case hours later. One field per agency, so each
 * key ({@code court}, {@code district-office}, ...) is a plain, documented property.
 */
@ConfigurationProperties("child-protection.agencies")
public record AgencyProperties(AgencyMode mode, Duration connectTimeout, Duration readTimeout,
    // child protection (ADR 0006)
    Endpoint court, Endpoint police, Endpoint education, Endpoint protectionInfo,
    // active care of children under six: lookups, matches, letters and the SFAA platform
    Endpoint household, Endpoint immigration, Endpoint nhia, Endpoint cdc, Endpoint districtOffice,
    Endpoint activeCarePlatform, Endpoint fragileFamily, Endpoint drugAddiction, Endpoint psychiatric,
    Endpoint disabilityCaseManagement, Endpoint disabilityWelfare, Endpoint kindergarten, Endpoint childcare) {

  static final String PREFIX = "child-protection.agencies.";
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
  private static final Endpoint NONE = new Endpoint(null);

  /** Every agency's key under {@link #PREFIX}, in the order of the record's fields. */
  public static final List<String> AGENCIES = List.of("court", "police", "education", "protection-info",
      "household", "immigration", "nhia", "cdc", "district-office", "active-care-platform", "fragile-family",
      "drug-addiction", "psychiatric", "disability-case-management", "disability-welfare", "kindergarten",
      "childcare");

  public AgencyProperties {
    mode = mode == null ? AgencyMode.SIMULATOR : mode;
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    if (mode == AgencyMode.HTTP) {
      requireBaseUrls(byKey(court, police, education, protectionInfo, household, immigration, nhia, cdc,
          districtOffice, activeCarePlatform, fragileFamily, drugAddiction, psychiatric, disabilityCaseManagement,
          disabilityWelfare, kindergarten, childcare));
    }
  }

  /** Every agency's endpoint by its key, unset ones as an endpoint without a base URL. */
  public Map<String, Endpoint> endpoints() {
    return byKey(court, police, education, protectionInfo, household, immigration, nhia, cdc, districtOffice,
        activeCarePlatform, fragileFamily, drugAddiction, psychiatric, disabilityCaseManagement, disabilityWelfare,
        kindergarten, childcare);
  }

  /** The base URL of {@code agency}, one of {@link #AGENCIES} (e.g. {@code court}, {@code district-office}). */
  public String baseUrl(String agency) {
    Endpoint endpoint = endpoints().get(agency);
    if (endpoint == null) {
      throw new IllegalArgumentException("No agency " + agency + " under " + PREFIX);
    }
    return endpoint.baseUrl();
  }

  /** The property that holds {@code agency}'s base URL. */
  public static String baseUrlProperty(String agency) {
    return PREFIX + agency + ".base-url";
  }

  private static Map<String, Endpoint> byKey(Endpoint... inOrderOfAgencies) {
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    for (int i = 0; i < AGENCIES.size(); i++) {
      endpoints.put(AGENCIES.get(i), inOrderOfAgencies[i] == null ? NONE : inOrderOfAgencies[i]);
    }
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
