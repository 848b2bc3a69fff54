package tw.childprotection.flow.platform;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * A profile must be chosen: a packaged jar started without one refuses to start and says to choose
 * {@code demo} or {@code postgres}, never running a silent demo with known passwords
 * ({@code ./mvnw spring-boot:run} chooses {@code demo} in pom.xml). The {@code postgres} profile is
 * production: it refuses to start unless the database and the admin password come from the
 * environment, so no password is ever hard-coded or defaulted. Runs before any bean exists
 * (registered in META-INF/spring.factories), so the engine never creates an admin with an empty
 * password.
 */
public class ProductionEnvironmentCheck implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("demo | postgres"))) {
      throw new IllegalStateException("No profile chosen; refusing to start. Choose one: "
          + "SPRING_PROFILES_ACTIVE=postgres for production (DB_URL, DB_USER, DB_PASSWORD, ADMIN_PASSWORD from the"
          + " environment) or SPRING_PROFILES_ACTIVE=demo for the demo with its known passwords (never in"
          + " production). ./mvnw spring-boot:run runs the demo.");
    }
    if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
      return;
    }
    List<String> missing = REQUIRED.stream()
        .filter(name -> !StringUtils.hasText(environment.getProperty(name)))
        .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The postgres profile needs " + String.join(", ", missing)
          + " in the environment; refusing to start (see README, 'PostgreSQL').");
    }
  }
}
