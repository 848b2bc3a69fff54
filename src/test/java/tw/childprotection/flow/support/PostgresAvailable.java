package tw.childprotection.flow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the PostgreSQL suite against {@code TEST_DB_URL} (default 127.0.0.1:5432/test). Where no
 * PostgreSQL answers, the suite is skipped and says why, unless {@code -Dpostgres.required=true}
 * (set by .ci/run), which turns the skip into a failure. Each JVM works in a fresh schema of its
 * own (and one more for each engine a test builds itself), so runs never see each other's data;
 * schemas left by runs that ended hours ago are dropped.
 */
public class PostgresAvailable implements ExecutionCondition {

  public static final String URL = env("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = env("TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("TEST_DB_PASSWORD", "");
  private static final String SCHEMA_PREFIX = "cpf_test_";
  /** Schemas of runs that ended long ago; a run still going elsewhere is never touched. */
  private static final long STALE_AFTER_MILLIS = 6 * 3600 * 1000L;
  private static final Map<String, String> SCHEMAS = new HashMap<>();
  private static long started;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
    } catch (SQLException e) {
      String why = "PostgreSQL at " + URL + " did not answer (" + e.getMessage() + ")";
      if (Boolean.getBoolean("postgres.required")) {
        throw new IllegalStateException(why + "; it is required here (-Dpostgres.required=true)", e);
      }
      String reason = why + ": PostgreSQL suite SKIPPED. Start PostgreSQL or set TEST_DB_URL; "
          + ".ci/run makes this a failure.";
      System.out.println("[postgres] " + reason);
      return ConditionEvaluationResult.disabled(reason);
    }
  }

  /** JDBC URL of this JVM's fresh schema, the application's. */
  public static String schemaUrl() {
    return schemaUrl("");
  }

  /**
   * JDBC URL of a fresh schema of this JVM's for {@code purpose} ("" the application's; another for an engine
   * a test builds itself, whose tables must not meet the application's), created on first use.
   */
  public static String schemaUrl(String purpose) {
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema(purpose);
  }

  /** The name of that schema (an engine that creates its own tables looks for them there, not elsewhere). */
  public static synchronized String schema(String purpose) {
    return SCHEMAS.computeIfAbsent(purpose, PostgresAvailable::createSchema);
  }

  private static String createSchema(String purpose) {
    if (started == 0) {
      started = System.currentTimeMillis();
    }
    String name = SCHEMA_PREFIX + started + (purpose.isEmpty() ? "" : "_" + purpose);
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
      var old = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + SCHEMA_PREFIX + "%'");
      List<String> names = new ArrayList<>();
      while (old.next()) {
        names.add(old.getString(1));
      }
      long staleBefore = System.currentTimeMillis() - STALE_AFTER_MILLIS;
      for (String stale : names) {
        if (createdAt(stale) < staleBefore) {
          s.execute("DROP SCHEMA IF EXISTS " + stale + " CASCADE");
        }
      }
      s.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare a test schema on " + URL, e);
    }
    return name;
  }

  /**
   * JDBC URL of a further fresh schema, for applications this JVM starts in JVMs of their own (the cluster
   * test's nodes): named like the others, so it is dropped like them once stale.
   */
  public static synchronized String newSchemaUrl() {
    return schemaUrl("nodes" + SCHEMAS.size());
  }

  /** The schema a URL of {@link #schemaUrl} or {@link #newSchemaUrl} works in. */
  public static String schemaOf(String url) {
    return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
  }

  /** When the run that made a schema started: cpf_test_&lt;millis&gt; or cpf_test_&lt;millis&gt;_&lt;purpose&gt;. */
  private static long createdAt(String schemaName) {
    try {
      return Long.parseLong(schemaName.substring(SCHEMA_PREFIX.length()).split("_", 2)[0]);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
