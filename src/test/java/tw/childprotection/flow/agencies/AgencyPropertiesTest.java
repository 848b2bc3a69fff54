package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binding as start-up does it (Spring's Binder on plain properties, no application context). */
class AgencyPropertiesTest {

  private static final Map<String, String> ALL_URLS = Map.of(
      "child-protection.agencies.court.base-url", "https://court.example.gov.tw/api",
      "child-protection.agencies.police.base-url", "https://police.example.gov.tw/api",
      "child-protection.agencies.education.base-url", "https://edu.example.gov.tw/api",
      "child-protection.agencies.protection-info.base-url", "https://pis.example.gov.tw/api/");

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
    Map<String, String> values = new java.util.HashMap<>(ALL_URLS);
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
        .hasMessageNotContaining("police.base-url")
        .hasMessageContaining("mode=simulator");
  }

  @Test
  void httpModeRefusesABaseUrlThatIsNotHttp() {
    Map<String, String> values = new java.util.HashMap<>(ALL_URLS);
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
