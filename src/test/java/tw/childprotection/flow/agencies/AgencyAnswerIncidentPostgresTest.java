package tw.childprotection.flow.agencies;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.childprotection.flow.support.PostgresAvailable;

/**
 * {@link AgencyAnswerIncidentChecks} on PostgreSQL: the failed jobs' retries and the incident as the engine
 * writes them there. In a schema of its own, beside the application's in the same JVM.
 */
@ExtendWith(PostgresAvailable.class)
class AgencyAnswerIncidentPostgresTest extends AgencyAnswerIncidentChecks {

  static final String SCHEMA = "agency_answers";

  @Override
  void database(ProcessEngineConfigurationImpl config) {
    config.setJdbcDriver("org.postgresql.Driver");
    config.setJdbcUrl(PostgresAvailable.schemaUrl(SCHEMA));
    // where the engine looks for its tables before creating them: else it finds those of any other schema
    // (the application's, another run's) and creates none of its own; the engine wants it as a prefix too
    config.setDatabaseSchema(PostgresAvailable.schema(SCHEMA));
    config.setDatabaseTablePrefix(PostgresAvailable.schema(SCHEMA) + ".");
    config.setJdbcUsername(PostgresAvailable.USER);
    config.setJdbcPassword(PostgresAvailable.PASSWORD);
  }
}
