package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The start-up warning of docs/operations.md, "PostgreSQL upkeep": given for PostgreSQL with autovacuum off, not
 * with it on, and never for H2 (the demo), which has no such setting.
 */
class DatabaseUpkeepCheckTest {

  @Test
  void warnsForPostgresqlWithAutovacuumOff() throws SQLException {
    assertThat(new DatabaseUpkeepCheck(database("PostgreSQL", "off")).warning())
        .contains(DatabaseUpkeepCheck.AUTOVACUUM_OFF);
  }

  @Test
  void saysNothingForPostgresqlWithAutovacuumOn() throws SQLException {
    assertThat(new DatabaseUpkeepCheck(database("PostgreSQL", "on")).warning()).isEmpty();
  }

  @Test
  void neverAsksH2() throws SQLException {
    DataSource h2 = database("H2", "off");

    assertThat(new DatabaseUpkeepCheck(h2).warning()).isEmpty();
    verify(h2.getConnection(), never()).createStatement();
  }

  @Test
  void aDatabaseThatCannotBeAskedStartsAllTheSame() throws SQLException {
    DataSource unreachable = mock(DataSource.class);
    when(unreachable.getConnection()).thenThrow(new SQLException("refused", "08001"));

    assertThat(new DatabaseUpkeepCheck(unreachable).warning()).isEmpty();
  }

  private static DataSource database(String product, String autovacuum) throws SQLException {
    DataSource dataSource = mock(DataSource.class);
    Connection connection = mock(Connection.class);
    DatabaseMetaData metaData = mock(DatabaseMetaData.class);
    Statement statement = mock(Statement.class);
    ResultSet setting = mock(ResultSet.class);
    when(dataSource.getConnection()).thenReturn(connection);
    when(connection.getMetaData()).thenReturn(metaData);
    when(metaData.getDatabaseProductName()).thenReturn(product);
    when(connection.createStatement()).thenReturn(statement);
    when(statement.executeQuery(anyString())).thenReturn(setting);
    when(setting.next()).thenReturn(true);
    when(setting.getString(1)).thenReturn(autovacuum);
    return dataSource;
  }
}
