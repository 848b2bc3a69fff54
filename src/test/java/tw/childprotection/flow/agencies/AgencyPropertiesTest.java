package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Binding as start-up does it (Spring's Binder on the environment, no application context). */
class AgencyPropertiesTest {

  private static final Map<String, String> ALL_URLS = allUrls();

  /** The four of child protection as before, and every other agency at its own host. */
  private static Map<String, String> allUrls() {
    Map<String, String> urls = new HashMap<>();
    HttpAdapterKeys.all().forEach(agency -> urls.put("child-protection.agencies." + agency + ".base-url",
        "https://" + agency + ".example.gov.tw/api"));
    urls.putAll(Map.of(
        "child-protection.agencies.court.base-url", "https://court.example.gov.tw/api",
        "child-protection.agencies.police.base-url", "https://police.example.gov.tw/api",
        "child-protection.agencies.education.base-url", "https://edu.example.gov.tw/api",
        "child-protection.agencies.protection-info.base-url", "https://pis.example.gov.tw/api/"));
    return Map.copyOf(urls);
  }

  @Test
  void nothingConfiguredIsSimulatorModeWithDefaultTimeouts() {
    AgencyProperties properties = bind(Map.of());

    assertThat(properties.mode()).isEqualTo(AgencyMode.SIMULATOR);
    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(properties.baseUrl("court")).isNull();
  }

  @Test
  void httpModeWithEveryBaseUrlBindsTheKebabCaseNames() {
    Map<String, String> values = new HashMap<>(ALL_URLS);
    values.put("child-protection.agencies.mode", "http");
    values.put("child-protection.agencies.read-timeout", "45s");

    AgencyProperties properties = bind(values);

    assertThat(properties.mode()).isEqualTo(AgencyMode.HTTP);
    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.baseUrl("protection-info")).isEqualTo("https://pis.example.gov.tw/api/");
  }

  @Test
  void everyAgencyKeyBindsItsOwnKebabCaseProperty() {
    Map<String, String> values = new HashMap<>(ALL_URLS);
    values.put("child-protection.agencies.mode", "http");

    AgencyProperties properties = bind(values);

    assertThat(HttpAdapterKeys.all()).isNotEmpty().doesNotHaveDuplicates();
    for (String agency : HttpAdapterKeys.all()) {
      assertThat(properties.baseUrl(agency)).as(agency)
          .isEqualTo(values.get("child-protection.agencies." + agency + ".base-url"));
    }
    assertThat(properties.baseUrl("district-office")).isEqualTo("https://district-office.example.gov.tw/api");
    assertThat(properties.baseUrl("active-care-platform"))
        .isEqualTo("https://active-care-platform.example.gov.tw/api");
    assertThat(properties.baseUrl("disability-case-management"))
        .isEqualTo("https://disability-case-management.example.gov.tw/api");
    assertThat(properties.baseUrl("nhia")).isEqualTo("https://nhia.example.gov.tw/api");
  }

  @Test
  void theDocumentedEnvironmentVariablesGiveTheBaseUrls() {
    MockEnvironment environment = new MockEnvironment();
    environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
        "AGENCY_COURT_URL", "https://court.example.gov.tw/api",
        "AGENCY_DISTRICT_OFFICE_URL", "https://district.example.gov.tw/api",
        "AGENCY_DISABILITY_CASE_MANAGEMENT_URL", "https://disability-cm.example.gov.tw/api",
        "CHILDPROTECTION_AGENCIES_MODE", "http")));

    AgencyProperties properties = AgencyProperties.from(environment);

    assertThat(properties.mode()).isEqualTo(AgencyMode.HTTP);
    assertThat(properties.baseUrl("court")).isEqualTo("https://court.example.gov.tw/api");
    assertThat(properties.baseUrl("district-office")).isEqualTo("https://district.example.gov.tw/api");
    assertThat(properties.baseUrl("disability-case-management"))
        .isEqualTo("https://disability-cm.example.gov.tw/api");
    assertThat(AgencyProperties.environmentVariable("active-care-platform"))
        .isEqualTo("AGENCY_ACTIVE_CARE_PLATFORM_URL");
  }

  @Test
  void aBaseUrlPropertyWinsOverTheEnvironmentVariable() {
    MockEnvironment environment = new MockEnvironment();
    environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
        Map.of("AGENCY_COURT_URL", "https://from-env.example.gov.tw/api")));
    environment.getPropertySources().addFirst(new MapPropertySource("explicit",
        Map.of("child-protection.agencies.court.base-url", "https://explicit.example.gov.tw/api")));

    assertThat(AgencyProperties.from(environment).baseUrl("court")).isEqualTo("https://explicit.example.gov.tw/api");
  }

  @Test
  void anAgencyWithoutABaseUrlIsNamedWithItsPropertyAndVariable() {
    assertThatThrownBy(() -> bind(Map.of()).requireBaseUrls(List.of("tax")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("child-protection.agencies.tax.base-url is missing")
        .hasMessageContaining("AGENCY_TAX_URL");
  }

  @Test
  void httpModeRefusesABaseUrlThatIsNotHttp() {
    Map<String, String> values = new HashMap<>(ALL_URLS);
    values.put("child-protection.agencies.mode", "http");
    values.put("child-protection.agencies.court.base-url", "court.example.gov.tw");

    assertThatThrownBy(() -> bind(values).requireBaseUrls(HttpAdapterKeys.all()))
        .hasMessageContaining("child-protection.agencies.court.base-url is not an absolute http(s) URL");
  }

  @Test
  void aModeThatIsNeitherFailsToBind() {
    assertThatThrownBy(() -> bind(Map.of("child-protection.agencies.mode", "soap")))
        .isInstanceOf(BindException.class);
  }

  private static AgencyProperties bind(Map<String, String> values) {
    MockEnvironment environment = new MockEnvironment();
    values.forEach(environment::setProperty);
    return AgencyProperties.from(environment);
  }
}
