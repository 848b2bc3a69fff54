package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.childprotection.flow.support.PostgresPlatformTest;

/**
 * ADR 0018 on a real PostgreSQL: the start-up warning follows the server's own autovacuum setting, and the index
 * the engine's subtask lookup needs is in the schema Liquibase built.
 */
@PostgresPlatformTest
class DatabaseUpkeepPostgresTest {

  @Autowired DataSource dataSource;

  @Test
  void warnsExactlyWhenThisServersAutovacuumIsOff() {
    String autovacuum = new JdbcTemplate(dataSource).queryForObject("SHOW autovacuum", String.class);

    assertThat(new DatabaseUpkeepCheck(dataSource).warning().isPresent()).isEqualTo("off".equals(autovacuum));
  }

  @Test
  void theSubtaskLookupOfEveryTaskCompletionHasItsIndex() {
    String definition = new JdbcTemplate(dataSource).queryForObject("SELECT indexdef FROM pg_indexes"
        + " WHERE schemaname = current_schema() AND indexname = 'cpf_idx_task_parent'", String.class);

    assertThat(definition).containsIgnoringCase("act_ru_task").containsIgnoringCase("parent_task_id_");
  }
}
