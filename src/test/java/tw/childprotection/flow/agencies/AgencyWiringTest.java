package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.court.HttpDistrictCourt;

/**
 * Each mode gives every agency interface exactly one adapter of its kind, and nothing else; http mode
 * starts only with every adapter's base URL, from the properties or the documented environment variables.
 */
class AgencyWiringTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Agencies.class);

  /** The agency interfaces (one per agency's package) that the adapters of one mode implement. */
  private static Set<Class<?>> agencyInterfaces(Class<? extends Annotation> mode) {
    return HttpAdapterKeys.adapters(mode).stream()
        .flatMap(adapter -> Arrays.stream(adapter.getInterfaces()))
        .filter(type -> type.getPackageName().startsWith("tw.childprotection.flow.agencies."))
        .collect(Collectors.toSet());
  }

  @Test
  void everyAgencyHasASimulatorAndAnHttpAdapter() {
    assertThat(agencyInterfaces(SimulatorMode.class)).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(agencyInterfaces(HttpMode.class));
  }

  @Test
  void simulatorModeByDefaultGivesOneSimulatorPerAgency() {
    runner.run(context -> {
      for (Class<?> agency : agencyInterfaces(SimulatorMode.class)) {
        assertThat(context).as(agency.getSimpleName()).getBean(agency).isInstanceOf(SimulatedAgency.class);
      }
    });
  }

  @Test
  void httpModeGivesOneHttpAdapterPerAgency() {
    List<String> urls = HttpAdapterKeys.all().stream()
        .map(agency -> AgencyProperties.baseUrlProperty(agency) + "=https://" + agency + ".example.gov.tw/api")
        .toList();
    runner.withPropertyValues("child-protection.agencies.mode=http")
        .withPropertyValues(urls.toArray(String[]::new))
        .run(context -> {
          assertThat(context).hasNotFailed();
          for (Class<?> agency : agencyInterfaces(HttpMode.class)) {
            assertThat(context).as(agency.getSimpleName()).getBean(agency)
                .matches(bean -> bean.getClass().getSimpleName().startsWith("Http"));
          }
        });
  }

  @Test
  void httpModeTakesTheBaseUrlsFromTheDocumentedEnvironmentVariables() {
    Map<String, Object> environment = new HashMap<>();
    HttpAdapterKeys.all().forEach(agency ->
        environment.put(AgencyProperties.environmentVariable(agency), "https://" + agency + ".example.gov.tw/api"));
    environment.put("CHILDPROTECTION_AGENCIES_MODE", "http");

    runner.withInitializer(context -> context.getEnvironment().getPropertySources()
            .addFirst(new SystemEnvironmentPropertySource("systemEnvironment", environment)))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(AgencyProperties.class).baseUrl("district-office"))
              .isEqualTo("https://district-office.example.gov.tw/api");
          assertThat(context).getBean(DistrictCourt.class)
              .isInstanceOf(HttpDistrictCourt.class);
        });
  }

  @Test
  void httpModeWithoutBaseUrlsStopsStartUpNamingEveryMissingProperty() {
    runner.withPropertyValues("child-protection.agencies.mode=http",
            "child-protection.agencies.police.base-url=https://police.example.gov.tw/api")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause()
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("child-protection.agencies.mode=http")
            .hasMessageContaining("child-protection.agencies.court.base-url is missing")
            .hasMessageContaining("AGENCY_COURT_URL")
            .hasMessageContaining("child-protection.agencies.education.base-url is missing")
            .hasMessageContaining("child-protection.agencies.protection-info.base-url is missing")
            .hasMessageContaining("child-protection.agencies.household.base-url is missing")
            .hasMessageContaining("child-protection.agencies.district-office.base-url is missing")
            .hasMessageContaining("child-protection.agencies.active-care-platform.base-url is missing")
            .hasMessageContaining("child-protection.agencies.disability-case-management.base-url is missing")
            .hasMessageContaining("child-protection.agencies.childcare.base-url is missing")
            .hasMessageNotContaining("police.base-url")
            .hasMessageContaining("mode=simulator"));
  }

  @Configuration
  @ComponentScan
  static class Agencies {

    @Bean
    RestClient.Builder restClientBuilder() {
      return RestClient.builder();
    }

    /** The simulators keep their receipts in the application's database (SimulatedAgencyReceipts). */
    @Bean
    DataSourceProperties dataSourceProperties() {
      DataSourceProperties database = new DataSourceProperties();
      database.setUrl("jdbc:h2:mem:agency-wiring");
      return database;
    }
  }
}
