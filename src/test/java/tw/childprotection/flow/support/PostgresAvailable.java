package tw.childprotection.flow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the PostgreSQL suite against {@code TEST_DB_URL} (default 127.0.0.1:5432/test). Where no
 * PostgreSQL answers, the suite is skipped and says why, unless {@code -Dpostgres.required=true}
 * (set by .ci/run), which turns the skip into a failure. Each JVM works in a fresh schema of its
 * own, so runs never see each other's data; schemas left by runs that ended hours ago are dropped.
 */
public class PostgresAvailable implements ExecutionCondition {

  public static final String URL = env("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = env("TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("TEST_DB_PASSWORD", "");
  private static final String SCHEMA_PREFIX = "cpf_test_";
  /** Schemas of runs that ended long ago; a run still going elsewhere is never touched. */
  private static final long STALE_AFTER_MILLIS = 6 * 3600 * 1000L;
  private static String schema;

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

  /** JDBC URL of this JVM's fresh schema. */
  public static synchronized String schemaUrl() {
    if (schema == null) {
      schema = createSchema();
    }
    return urlOf(schema);
  }

  /**
   * JDBC URL of a further fresh schema, for applications this JVM starts in JVMs of their own (the cluster
   * test's nodes): named like the others, so it is dropped like them once stale.
   */
  public static synchronized String newSchemaUrl() {
    return urlOf(createSchema());
  }

  /** The schema a URL of {@link #schemaUrl} or {@link #newSchemaUrl} works in. */
  public static String schemaOf(String url) {
    return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
  }

  private static String urlOf(String schemaName) {
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schemaName;
  }

  private static String createSchema() {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
      var old = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + SCHEMA_PREFIX + "%'");
      var names = new java.util.ArrayList<String>();
      while (old.next()) {
        names.add(old.getString(1));
      }
      long staleBefore = System.currentTimeMillis() - STALE_AFTER_MILLIS;
      for (String name : names) {
        if (createdAt(name) < staleBefore) {
          s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
      }
      // milliseconds name it; a second schema made in the same millisecond takes the next
      long millis = System.currentTimeMillis();
      while (names.contains(SCHEMA_PREFIX + millis)) {
        millis++;
      }
      String created = SCHEMA_PREFIX + millis;
      s.execute("CREATE SCHEMA " + created);
      return created;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare a test schema on " + URL, e);
    }
  }

  private static long createdAt(String schemaName) {
    try {
      return Long.parseLong(schemaName.substring(SCHEMA_PREFIX.length()));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
