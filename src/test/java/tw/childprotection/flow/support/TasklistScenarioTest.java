package tw.childprotection.flow.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.deadlines.DeadlineRegistry;

/**
 * What the through-Tasklist tests share: the HTTP client, Tasklist's calls, and the asynchronous agency
 * steps run after each submitted form, as the job executor (off in tests) would.
 */
public abstract class TasklistScenarioTest {

  @LocalServerPort protected int port;
  @Autowired protected ProcessEngine engine;
  @Autowired private DeadlineRegistry registry;
  protected final ObjectMapper json = new ObjectMapper();
  protected Http http;
  protected TasklistClient tasklist;
  protected CaseScenario jobs;

  @BeforeEach
  void tasklistClient() {
    http = new Http(port);
    tasklist = new TasklistClient(http);
    jobs = new CaseScenario(engine, registry);
  }

  protected void work(String user, String caseId, String key, Map<String, Object> variables) {
    tasklist.work(user, caseId, key, variables);
    jobs.runJobs();
  }
}
