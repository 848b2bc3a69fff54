package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * No start without a chosen profile, and the postgres profile never with a missing password or database
 * (CONTRACT §1).
 */
class ProductionEnvironmentCheckTest {

  final ProductionEnvironmentCheck check = new ProductionEnvironmentCheck();

  @Test
  void refusesToStartWithoutTheAdminPasswordAndNamesWhatIsMissing() {
    MockEnvironment env = new MockEnvironment().withProperty("DB_URL", "jdbc:postgresql://db/cases")
        .withProperty("DB_USER", "cases").withProperty("DB_PASSWORD", "secret");
    env.setActiveProfiles("postgres");

    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("ADMIN_PASSWORD").hasMessageNotContaining("DB_URL");
  }

  @Test
  void refusesABlankPassword() {
    MockEnvironment env = new MockEnvironment().withProperty("DB_URL", "x").withProperty("DB_USER", "x")
        .withProperty("DB_PASSWORD", "x").withProperty("ADMIN_PASSWORD", "  ");
    env.setActiveProfiles("postgres");

    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("ADMIN_PASSWORD");
  }

  @Test
  void startsWhenEverythingIsGiven() {
    MockEnvironment env = new MockEnvironment().withProperty("DB_URL", "x").withProperty("DB_USER", "x")
        .withProperty("DB_PASSWORD", "x").withProperty("ADMIN_PASSWORD", "a-long-secret");
    env.setActiveProfiles("postgres");

    assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void theDemoProfileNeedsNothing() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("demo");

    assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void withoutAProfileItRefusesToStartAndSaysToChooseDemoOrPostgres() {
    MockEnvironment env = new MockEnvironment();

    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("No profile chosen").hasMessageContaining("postgres").hasMessageContaining("demo");
  }

  @Test
  void anUnknownProfileAloneIsNoChoiceEither() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("test");

    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("No profile chosen");
  }

  @Test
  void aDefaultProfileOfDemoAsSpringBootRunSetsItStartsTheDemo() {
    MockEnvironment env = new MockEnvironment();
    env.setDefaultProfiles("demo");

    assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
  }
}
