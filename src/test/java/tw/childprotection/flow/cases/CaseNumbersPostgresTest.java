package tw.childprotection.flow.cases;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.support.PostgresAvailable;
import tw.childprotection.flow.support.PostgresPlatformTest;

/** {@link CaseNumbersChecks} on PostgreSQL: the second node is a connection pool of its own. */
@PostgresPlatformTest
class CaseNumbersPostgresTest extends CaseNumbersChecks {

  static HikariDataSource secondPool;
  String upgradeSchema;
  @Autowired DataSource dataSource;

  @Override
  DataSource database() {
    return dataSource;
  }

  @Override
  synchronized DataSource secondNode() {
    if (secondPool == null) {
      secondPool = new HikariDataSource();
      secondPool.setJdbcUrl(PostgresAvailable.schemaUrl());
      secondPool.setUsername(PostgresAvailable.USER);
      secondPool.setPassword(PostgresAvailable.PASSWORD);
      secondPool.setMaximumPoolSize(2);
    }
    return secondPool;
  }

  @Override
  Connection emptyDatabase() throws Exception {
    upgradeSchema = "cpf_upgrade_" + System.nanoTime();
    admin("CREATE SCHEMA " + upgradeSchema);
    return DriverManager.getConnection(PostgresAvailable.URL + "?currentSchema=" + upgradeSchema,
        PostgresAvailable.USER, PostgresAvailable.PASSWORD);
  }

  @AfterEach
  void dropUpgradeSchema() throws Exception {
    if (upgradeSchema != null) {
      admin("DROP SCHEMA " + upgradeSchema + " CASCADE");
      upgradeSchema = null;
    }
  }

  @AfterAll
  static void closePool() {
    if (secondPool != null) {
      secondPool.close();
    }
  }

  private static void admin(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
        PostgresAvailable.PASSWORD); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
