package tw.childprotection.flow.security;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.childprotection.flow.support.PostgresAvailable;

/**
 * {@link CountyIsolationChecks} on PostgreSQL (CONTRACT §1: TEST_DB_URL, default
 * 127.0.0.1:5432/test), in a fresh schema: the schema is created by Liquibase exactly as in
 * production.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CountyIsolationPostgresTest extends CountyIsolationChecks {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", PostgresAvailable::schemaUrl);
    registry.add("spring.datasource.username", () -> PostgresAvailable.USER);
    registry.add("spring.datasource.password", () -> PostgresAvailable.PASSWORD);
  }
}
