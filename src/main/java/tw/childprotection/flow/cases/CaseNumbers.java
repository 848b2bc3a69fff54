package tw.childprotection.flow.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.people.County;

/**
 * Draws case numbers from a database sequence of the case's kind and county ({@code cpf_case_number_cp_khh},
 * created by {@link CountyCaseNumberSequences}), so any number of nodes sharing the database never hand out
 * the same number, and a case number tells nothing about how many cases other counties have (issue 12,
 * hole 2). A sequence is the database's own: drawing takes no lock and survives a rolled-back intake (which
 * leaves a gap, harmless). Numbers run on across years; the year in the id is the year the case started.
 */
@Component
public class CaseNumbers {

  static final String PREFIX = "cpf_case_number_";

  private final Map<CaseKind, Map<County, DataFieldMaxValueIncrementer>> sequences = new EnumMap<>(CaseKind.class);

  CaseNumbers(DataSource dataSource) throws SQLException {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
    for (CaseKind kind : CaseKind.values()) {
      Map<County, DataFieldMaxValueIncrementer> ofKind = new EnumMap<>(County.class);
      for (County county : County.values()) {
        ofKind.put(county, incrementer(product, dataSource, sequenceName(kind, county)));
      }
      sequences.put(kind, ofKind);
    }
  }

  public CaseId next(CaseKind kind, County county, LocalDate today) {
    return new CaseId(kind, county, today.getYear(), sequences.get(kind).get(county).nextLongValue());
  }

  /** {@code cpf_case_number_cp_khh}: the sequence of one kind of case in one county. */
  static String sequenceName(CaseKind kind, County county) {
    return PREFIX + kind.prefix().toLowerCase(Locale.ROOT) + "_" + county.code().toLowerCase(Locale.ROOT);
  }

  private static DataFieldMaxValueIncrementer incrementer(String product, DataSource dataSource, String name) {
    if (product.contains("postgres")) {
      return new PostgresSequenceMaxValueIncrementer(dataSource, name);
    }
    if (product.contains("h2")) {
      return new H2SequenceMaxValueIncrementer(dataSource, name);
    }
    throw new IllegalStateException("Case numbers need PostgreSQL or H2, not " + product);
  }
}
