package tw.childprotection.flow.platform;

import java.util.concurrent.ThreadLocalRandom;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase creates its two tables (DATABASECHANGELOG, DATABASECHANGELOGLOCK) before it holds its lock:
 * when two nodes start at the same moment on an empty database, PostgreSQL refuses the second node's
 * CREATE TABLE ({@code duplicate key … pg_type_typname_nsp_index}) and that node stops (seen in the cluster
 * test). The table exists by then, so the refused node only has to roll back and look again; the rest of
 * the schema is made under Liquibase's lock as before (docs/adr/0003). Used by {@link RetryingHistoryService}
 * and {@link RetryingLockService}, registered in META-INF/services.
 */
public final class FirstStartRetry {

  static final int ATTEMPTS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(FirstStartRetry.class);

  interface Step {
    void run() throws DatabaseException;
  }

  private FirstStartRetry() {
  }

  static void run(Database database, Runnable reset, Step init) throws DatabaseException {
    for (int attempt = 1; ; attempt++) {
      try {
        init.run();
        return;
      } catch (DatabaseException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.warn("Liquibase could not create its table ({}): another node may be starting on this empty database;"
            + " attempt {} of {} again", e.getMessage(), attempt + 1, ATTEMPTS);
        database.rollback();
        reset.run();
        try {
          Thread.sleep(200L * attempt + ThreadLocalRandom.current().nextInt(200));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** The changelog table, created again after a refused first start. */
  public static class RetryingHistoryService extends liquibase.changelog.StandardChangeLogHistoryService {
    @Override
    public int getPriority() {
      return super.getPriority() + 1;
    }

    @Override
    public void init() throws DatabaseException {
      run(getDatabase(), this::reset, super::init);
    }
  }

  /** The lock table, created again after a refused first start. */
  public static class RetryingLockService extends liquibase.lockservice.StandardLockService {
    @Override
    public int getPriority() {
      return super.getPriority() + 1;
    }

    @Override
    public void init() throws DatabaseException {
      run(database, this::reset, super::init);
    }
  }
}
