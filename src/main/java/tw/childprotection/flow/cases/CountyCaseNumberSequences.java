package tw.childprotection.flow.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liquibase.change.custom.CustomSqlChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;
import tw.childprotection.flow.people.County;

/**
 * Liquibase change (db/changelog/007-case-numbers-per-county.xml): one sequence per kind of case and
 * county in place of the national {@code cpf_case_number_seq}. An existing database's new numbers start
 * above the last national number, so no id given before is given again; a new database starts at 1. The
 * national sequence is dropped by the next changeset, in a transaction of its own.
 */
public class CountyCaseNumberSequences implements CustomSqlChange {

  static final String NATIONAL_SEQUENCE = "cpf_case_number_seq";

  @Override
  public SqlStatement[] generateStatements(Database database) throws CustomChangeException {
    long start = lastNationalNumber(database) + 1;
    List<SqlStatement> statements = new ArrayList<>();
    for (CaseKind kind : CaseKind.values()) {
      for (County county : County.values()) {
        statements.add(new RawSqlStatement("CREATE SEQUENCE " + CaseNumbers.sequenceName(kind, county)
            + " START WITH " + start + " INCREMENT BY 1"));
      }
    }
    return statements.toArray(SqlStatement[]::new);
  }

  /** The last number the national sequence gave, 0 if none. */
  static long lastNationalNumber(Database database) throws CustomChangeException {
    String product = database.getDatabaseProductName().toLowerCase(Locale.ROOT);
    String query;
    if (product.contains("postgres")) {
      query = "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + NATIONAL_SEQUENCE;
    } else if (product.contains("h2")) {
      // the next value H2 would give, less one (with H2's cache this may lie above the last one given)
      query = "SELECT BASE_VALUE - INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()"
          + " AND SEQUENCE_NAME = '" + NATIONAL_SEQUENCE.toUpperCase(Locale.ROOT) + "'";
    } else {
      throw new CustomChangeException("Case numbers need PostgreSQL or H2, not " + product);
    }
    try {
      Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
        return row.next() ? Math.max(0, row.getLong(1)) : 0;
      }
    } catch (SQLException e) {
      throw new CustomChangeException("Cannot read " + NATIONAL_SEQUENCE, e);
    }
  }

  @Override
  public String getConfirmationMessage() {
    return "case numbers drawn per kind of case and county";
  }

  @Override
  public void setUp() {
    // nothing to set up
  }

  @Override
  public void setFileOpener(ResourceAccessor resourceAccessor) {
    // reads no files
  }

  @Override
  public ValidationErrors validate(Database database) {
    return new ValidationErrors();
  }
}
