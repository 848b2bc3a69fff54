package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.childprotection.flow.support.PostgresPlatformTest;

/**
 * ADR 0018 on a real PostgreSQL: the start-up warning follows the server's own autovacuum setting, the indexes
 * the engine's subtask lookup and the case search need are in the schema Liquibase built, and the engine narrows a
 * user's groups by its own statement (ADR 0017).
 */
@PostgresPlatformTest
class DatabaseUpkeepPostgresTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

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

  @Test
  void theCaseSearchFindsNamesByCountyAndTrigramsAndNationalIdsAsTheyAre() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String name = jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        + " AND indexname = 'cpf_idx_hi_var_child_name_county'", String.class);
    String id = jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        + " AND indexname = 'cpf_idx_hi_var_child_id'", String.class);

    assertThat(name).containsIgnoringCase("act_hi_varinst").containsIgnoringCase("gin (tenant_id_, text_")
        .containsIgnoringCase("gin_trgm_ops").contains("'childName'");
    assertThat(id).containsIgnoringCase("act_hi_varinst").containsIgnoringCase("text_")
        .contains("'childNationalId'");
  }

  @Test
  void aUsersGroupsAreNarrowedByTheEnginesIndexOnPostgres() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    List<String> narrowed = configuration.getCommandExecutorTxRequired().execute(context -> Context
        .getCommandContext().getAuthorizationManager().filterAuthenticatedGroupIds(
            List.of("social-worker", "no-such-group")));

    assertThat(narrowed).containsExactly("social-worker");
  }
}
