package tw.childprotection.flow.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the database is PostgreSQL with autovacuum off. Without autovacuum PostgreSQL never learns
 * how large the engine's tables have grown, and the engine's lookups of a case's own rows turn into reads of whole
 * tables. The system slows down day by day (docs/operations.md, "PostgreSQL upkeep"). The warning does not stop
 * the start: the setting belongs to the database's operator, and the cases must still be worked.
 */
@Component
class DatabaseUpkeepCheck {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUpkeepCheck.class);

  static final String AUTOVACUUM_OFF = "PostgreSQL's autovacuum is off: the engine's queries will slow down as its"
      + " tables grow. Turn it on (autovacuum = on, PostgreSQL's default); see docs/operations.md, PostgreSQL upkeep.";

  private final DataSource dataSource;

  DatabaseUpkeepCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhenAutovacuumIsOff() {
    warning().ifPresent(LOG::warn);
  }

  /** The warning to give: none for another database, or for PostgreSQL with autovacuum on. */
  Optional<String> warning() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (!product.contains("postgres")) {
        return Optional.empty();
      }
      try (Statement statement = connection.createStatement();
          ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
        return setting.next() && "on".equalsIgnoreCase(setting.getString(1))
            ? Optional.empty() : Optional.of(AUTOVACUUM_OFF);
      }
    } catch (SQLException e) {
      LOG.warn("Could not read PostgreSQL's autovacuum setting (SQL state {})", e.getSQLState());
      return Optional.empty();
    }
  }
}
