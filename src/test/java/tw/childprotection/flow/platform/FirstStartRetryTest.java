package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;

class FirstStartRetryTest {

  @Test
  void aCreateRefusedBecauseAnotherNodeMadeTheTableIsRolledBackAndTriedAgain() throws Exception {
    Database database = mock(Database.class);
    AtomicInteger resets = new AtomicInteger();
    AtomicInteger tries = new AtomicInteger();
    FirstStartRetry.run(database, resets::incrementAndGet, () -> {
      if (tries.incrementAndGet() < 3) {
        throw new DatabaseException("duplicate key value violates unique constraint \"pg_type_typname_nsp_index\"");
      }
    });
    assertThat(tries).hasValue(3);
    assertThat(resets).hasValue(2);
    verify(database, times(2)).rollback();
  }

  @Test
  void aFaultThatStaysIsReportedAfterTheLastAttempt() {
    AtomicInteger tries = new AtomicInteger();
    assertThatThrownBy(() -> FirstStartRetry.run(mock(Database.class), () -> { }, () -> {
      tries.incrementAndGet();
      throw new DatabaseException("permission denied for schema");
    })).isInstanceOf(DatabaseException.class).hasMessageContaining("permission denied");
    assertThat(tries).hasValue(FirstStartRetry.ATTEMPTS);
  }

  @Test
  void liquibaseChoosesTheRetryingServices() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1", "sa", "")) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      assertThat(LockServiceFactory.getInstance().getLockService(database))
          .isInstanceOf(FirstStartRetry.RetryingLockService.class);
      assertThat(ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database))
          .isInstanceOf(FirstStartRetry.RetryingHistoryService.class);
    }
  }
}
