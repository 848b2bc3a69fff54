package tw.childprotection.flow.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.people.County;

/**
 * Draws case numbers from one database sequence ({@code cpf_case_number_seq}), so any number of
 * nodes sharing the database never hand out the same number. Numbers are unique across counties
 * and years; a rolled-back intake leaves a gap, which is harmless.
 */
@Component
public class CaseNumbers {

  static final String SEQUENCE = "cpf_case_number_seq";

  private final DataFieldMaxValueIncrementer sequence;

  CaseNumbers(DataSource dataSource) throws SQLException {
    this.sequence = incrementerFor(dataSource);
  }

  public CaseId next(CaseKind kind, County county, LocalDate today) {
    return new CaseId(kind, county, today.getYear(), sequence.nextLongValue());
  }

  private static DataFieldMaxValueIncrementer incrementerFor(DataSource dataSource) throws SQLException {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    if (product.toLowerCase().contains("postgres")) {
      return new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }
    if (product.toLowerCase().contains("h2")) {
      return new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }
    throw new IllegalStateException("Case numbers need PostgreSQL or H2, not " + product);
  }
}
