package tw.childprotection.flow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * PostgreSQL's autovacuum, for a server that runs without it. This project's CI machine sets
 * {@code autovacuum = off}; production keeps PostgreSQL's default, on (docs/operations.md). Without it the
 * planner never learns how large the engine's tables have grown. At national volume it then reads every
 * variable of the table to find a case's own (docs/benchmarks.md, "A database that is never analyzed"), and
 * the benchmark would measure that, not the system.
 *
 * <p>When the server's autovacuum is off, this does autovacuum's work on the benchmark's schema by autovacuum's
 * default rules. Every minute ({@code autovacuum_naptime}), a table is analyzed once more than 50 rows + 10 % of
 * it have changed since its last analyze ({@code autovacuum_analyze_threshold}, {@code _scale_factor}). It is
 * vacuumed once more than 50 rows + 20 % of it are dead ({@code autovacuum_vacuum_threshold}, {@code
 * _scale_factor}). It runs beside the benchmark, as autovacuum runs beside the application, so its work counts in
 * the figures. It does nothing when the server's own autovacuum is on.
 */
final class AutovacuumStandIn implements AutoCloseable {

  private static final long NAPTIME_SECONDS = 60;

  private final DataSource dataSource;
  private final ScheduledExecutorService timer;
  private final AtomicLong analyzed = new AtomicLong();
  private final AtomicLong vacuumed = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong();

  private AutovacuumStandIn(DataSource dataSource, boolean serverRunsIt) {
    this.dataSource = dataSource;
    if (serverRunsIt) {
      this.timer = null;
      return;
    }
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "autovacuum-stand-in");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(this::round, NAPTIME_SECONDS, NAPTIME_SECONDS, TimeUnit.SECONDS);
  }

  /** Started on {@code dataSource}'s schema, or idle when the server runs its own autovacuum. */
  static AutovacuumStandIn start(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW autovacuum")) {
      r.next();
      return new AutovacuumStandIn(dataSource, "on".equalsIgnoreCase(r.getString(1)));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the server's autovacuum setting", e);
    }
  }

  /** One round now, as autovacuum's next visit would do it (before a measurement that should not wait for it). */
  void now() {
    if (timer != null) {
      round();
    }
  }

  /** For the benchmark's table: what was done, or that the server's autovacuum did it. */
  String summary() {
    if (timer == null) {
      return "the server's own autovacuum (on)";
    }
    return String.format(Locale.ROOT, "server's autovacuum off; stand-in: %d analyzes, %d vacuums, %.1f s",
        analyzed.get(), vacuumed.get(), nanos.get() / 1e9);
  }

  private synchronized void round() {
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      List<String> analyze = new ArrayList<>();
      List<String> vacuum = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(relname),"
          + " n_live_tup, n_dead_tup, n_mod_since_analyze FROM pg_stat_user_tables"
          + " WHERE schemaname = current_schema()")) {
        while (r.next()) {
          long live = r.getLong(2);
          if (r.getLong(3) > 50 + 0.2 * live) {
            vacuum.add(r.getString(1));
          } else if (r.getLong(4) > 50 + 0.1 * live) {
            analyze.add(r.getString(1));
          }
        }
      }
      for (String table : vacuum) {
        s.execute("VACUUM (ANALYZE) " + table);
        vacuumed.incrementAndGet();
        analyzed.incrementAndGet();
      }
      for (String table : analyze) {
        s.execute("ANALYZE " + table);
        analyzed.incrementAndGet();
      }
    } catch (SQLException e) {
      // as autovacuum, it tries again on its next visit; a benchmark ending under it closes the pool
      System.out.println("[autovacuum stand-in] round skipped: " + e.getSQLState());
    } finally {
      nanos.addAndGet(System.nanoTime() - started);
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
