package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binding as start-up does it (Spring's Binder on plain properties, no application context). */
class AgencyPropertiesTest {

  private static final Map<String, String> ALL_URLS = allUrls();

  /** The four of child protection as before, and every other agency at its own host. */
  private static Map<String, String> allUrls() {
    Map<String, String> urls = new HashMap<>();
    AgencyProperties.AGENCIES.forEach(agency -> urls.put("child-protection.agencies." + agency + ".base-url",
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
    assertThat(properties.protectionInfo().baseUrl()).isEqualTo("https://pis.example.gov.tw/api/");
  }

  @Test
  void everyAgencyKeyBindsItsOwnKebabCaseProperty() {
    Map<String, String> values = new HashMap<>(ALL_URLS);
    values.put("child-protection.agencies.mode", "http");

    AgencyProperties properties = bind(values);

    assertThat(AgencyProperties.AGENCIES).hasSize(17).doesNotHaveDuplicates();
    assertThat(properties.endpoints().keySet()).containsExactlyElementsOf(AgencyProperties.AGENCIES);
    for (String agency : AgencyProperties.AGENCIES) {
      assertThat(properties.baseUrl(agency)).as(agency)
          .isEqualTo(values.get("child-protection.agencies." + agency + ".base-url"));
    }
    assertThat(properties.districtOffice().baseUrl()).isEqualTo("https://district-office.example.gov.tw/api");
    assertThat(properties.activeCarePlatform().baseUrl()).isEqualTo("https://active-care-platform.example.gov.tw/api");
    assertThat(properties.disabilityCaseManagement().baseUrl())
        .isEqualTo("https://disability-case-management.example.gov.tw/api");
    assertThat(properties.nhia().baseUrl()).isEqualTo("https://nhia.example.gov.tw/api");
  }

  @Test
  void anUnknownAgencyIsAProgrammingError() {
    assertThatThrownBy(() -> bind(Map.of()).baseUrl("tax"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tax");
  }

  @Test
  void httpModeWithoutBaseUrlsStopsStartUpNamingEveryMissingProperty() {
    assertThatThrownBy(() -> bind(Map.of(
        "child-protection.agencies.mode", "http",
        "child-protection.agencies.police.base-url", "https://police.example.gov.tw/api")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("child-protection.agencies.mode=http")
        .hasMessageContaining("child-protection.agencies.court.base-url is missing")
        .hasMessageContaining("child-protection.agencies.education.base-url is missing")
        .hasMessageContaining("child-protection.agencies.protection-info.base-url is missing")
        .hasMessageContaining("child-protection.agencies.household.base-url is missing")
        .hasMessageContaining("child-protection.agencies.district-office.base-url is missing")
        .hasMessageContaining("child-protection.agencies.active-care-platform.base-url is missing")
        .hasMessageContaining("child-protection.agencies.disability-case-management.base-url is missing")
        .hasMessageContaining("child-protection.agencies.childcare.base-url is missing")
        .hasMessageNotContaining("police.base-url")
        .hasMessageContaining("mode=simulator");
  }

  @Test
  void httpModeRefusesABaseUrlThatIsNotHttp() {
    Map<String, String> values = new HashMap<>(ALL_URLS);
    values.put("child-protection.agencies.mode", "http");
    values.put("child-protection.agencies.court.base-url", "court.example.gov.tw");

    assertThatThrownBy(() -> bind(values))
        .rootCause()
        .hasMessageContaining("child-protection.agencies.court.base-url is not an absolute http(s) URL");
  }

  @Test
  void aModeThatIsNeitherFailsToBind() {
    assertThatThrownBy(() -> bind(Map.of("child-protection.agencies.mode", "soap")))
        .isInstanceOf(BindException.class);
  }

  private static AgencyProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("child-protection.agencies", AgencyProperties.class);
  }
}
