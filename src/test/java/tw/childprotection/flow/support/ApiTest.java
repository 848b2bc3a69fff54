package tw.childprotection.flow.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a test of our HTTP API shares: a client on the running server, the engine and the database to check. */
public abstract class ApiTest {

  @LocalServerPort protected int port;
  @Autowired protected ProcessEngine engine;
  @Autowired protected JdbcTemplate jdbc;
  protected final ObjectMapper json = new ObjectMapper();
  protected Http http;

  @BeforeEach
  void httpClient() {
    http = new Http(port);
  }

  /** Rows in one of our tables: "nothing written" is the same count before and after. */
  protected long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
