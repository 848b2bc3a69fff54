package tw.childprotection.flow.agencies;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The simulators' book of receipts, in the shared database ({@code cpf_simulated_agency_receipt}): one row
 * per agency and idempotency key, so a key repeated on any node of a cluster is answered with the receipt
 * the first call got, as a real agency answers (docs/adr/0015). The engine runs a job at least once — a job
 * whose node died after the agency answered runs again on another node once its lock has timed out — and
 * this book is what turns that into once toward the agency.
 *
 * <p>Written in a transaction of its own, over a small pool of its own: the agency is another system, and
 * what it recorded stays recorded when the job that called it rolls back (the node dies before its commit).
 * Its own pool also means a job thread never waits for a second connection of the engine's pool.
 */
@SimulatorMode
public class SimulatedAgencyReceipts implements DisposableBean {

  /** Whoever records a key first; two nodes recording one key at once make one of them read the other's. */
  private static final int ATTEMPTS = 20;
  static final String ANSWER_DELAY = "child-protection.agencies.simulator.answer-delay";
  private static final String CALLER = ManagementFactory.getRuntimeMXBean().getName();

  private final DataSource dataSource;
  private final Duration answerDelay;
  private final AutoCloseable ownPool;

  /**
   * Over the application's database, with a pool of its own; {@value #ANSWER_DELAY} (default none) is how long
   * an answer takes to come back after the agency recorded the call, as a real agency's round trip (the
   * cluster test gives it 300 ms, so a node killed mid-run surely holds jobs whose call was recorded).
   */
  @Autowired
  public SimulatedAgencyReceipts(DataSourceProperties database, Environment environment) {
    Duration answerDelay = Binder.get(environment).bind(ANSWER_DELAY, Duration.class).orElse(Duration.ZERO);
    HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("simulated-agencies");
    pool.setMaximumPoolSize(4);
    pool.setMinimumIdle(0);
    this.dataSource = pool;
    this.ownPool = pool;
    this.answerDelay = answerDelay;
  }

  /** Over {@code dataSource} (the simulators' own tests), answering at once. */
  public SimulatedAgencyReceipts(DataSource dataSource) {
    this.dataSource = dataSource;
    this.answerDelay = Duration.ZERO;
    this.ownPool = null;
  }

  /**
   * A call's receipt and whether this call recorded it.
   *
   * @param first false for a repeat of the key, answered with the first receipt
   */
  public record Recorded(AgencyReceipt receipt, boolean first) {
  }

  /**
   * The receipt for {@code idempotencyKey} at {@code agency}: the one recorded first, on any node, or a new
   * one numbered after the agency's last ({@code PREFIX-COUNTY-000001}, or {@code PREFIX-000001} without a
   * county), committed before this returns.
   */
  Recorded record(String agency, String referencePrefix, String idempotencyKey, String caseId, String county,
      String type) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Optional<AgencyReceipt> earlier = find(connection, agency, idempotencyKey);
        if (earlier.isPresent()) {
          countRepeat(connection, agency, idempotencyKey);
          return new Recorded(earlier.get(), false);
        }
        long number = next(connection, agency);
        AgencyReceipt receipt = new AgencyReceipt(reference(referencePrefix, county, number),
            Instant.now().truncatedTo(ChronoUnit.MILLIS));
        if (insert(connection, agency, idempotencyKey, number, receipt, caseId, county, type)) {
          return new Recorded(receipt, true);
        }
        // another node took this key or this number in the meantime: read again
      }
      throw new IllegalStateException("Simulated " + agency + " could not record " + idempotencyKey + " after "
          + ATTEMPTS + " attempts");
    } catch (SQLException e) {
      throw new AgencyUnavailableException("Simulated " + agency + " could not reach its records ("
          + e.getSQLState() + ")");
    }
  }

  /** Forgets every receipt of {@code agency}; its numbers start again at 1. */
  void forget(String agency) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM cpf_simulated_agency_receipt WHERE agency = ?")) {
      connection.setAutoCommit(true);
      delete.setString(1, agency);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Simulated " + agency + " could not forget its records", e);
    }
  }

  /** Waits as long as a real agency's answer takes to come back, after it has recorded the call. */
  void answerDelay() {
    if (answerDelay.isZero() || answerDelay.isNegative()) {
      return;
    }
    try {
      Thread.sleep(answerDelay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void destroy() throws Exception {
    if (ownPool != null) {
      ownPool.close();
    }
  }

  private static Optional<AgencyReceipt> find(Connection connection, String agency, String key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT reference, received_at FROM cpf_simulated_agency_receipt WHERE agency = ? AND idempotency_key = ?")) {
      select.setString(1, agency);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new AgencyReceipt(row.getString(1), row.getTimestamp(2).toInstant()))
            : Optional.empty();
      }
    }
  }

  private static void countRepeat(Connection connection, String agency, String key) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE cpf_simulated_agency_receipt SET repeats = repeats + 1 WHERE agency = ? AND idempotency_key = ?")) {
      update.setString(1, agency);
      update.setString(2, key);
      update.executeUpdate();
    }
  }

  private static long next(Connection connection, String agency) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COALESCE(MAX(seq_no), 0) + 1 FROM cpf_simulated_agency_receipt WHERE agency = ?")) {
      select.setString(1, agency);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** False when the key or the number is already taken (SQL state class 23, integrity constraint). */
  private static boolean insert(Connection connection, String agency, String key, long number,
      AgencyReceipt receipt, String caseId, String county, String type) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cpf_simulated_agency_receipt"
        + " (agency, idempotency_key, seq_no, reference, received_at, case_id, county, record_type, caller, repeats)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      insert.setString(1, agency);
      insert.setString(2, key);
      insert.setLong(3, number);
      insert.setString(4, receipt.reference());
      insert.setTimestamp(5, Timestamp.from(receipt.receivedAt()));
      insert.setString(6, caseId);
      insert.setString(7, county);
      insert.setString(8, type);
      insert.setString(9, CALLER);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw e;
    }
  }

  private static String reference(String prefix, String county, long number) {
    String digits = String.format("%06d", number);
    return county == null || county.isBlank() ? prefix + "-" + digits : prefix + "-" + county + "-" + digits;
  }
}
