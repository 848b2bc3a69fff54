package tw.childprotection.flow.support;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.deadlines.DeadlineRegistry;

/**
 * What the through-Tasklist tests share: Tasklist's calls, and the asynchronous agency steps run after
 * each submitted form, as the job executor (off in tests) would.
 */
public abstract class TasklistScenarioTest extends ApiTest {

  @Autowired private DeadlineRegistry registry;
  protected TasklistClient tasklist;
  protected CaseScenario jobs;

  @BeforeEach
  void tasklistClient() {
    tasklist = new TasklistClient(new Http(port));
    jobs = new CaseScenario(engine, registry);
  }

  protected void work(String user, String caseId, String key, Map<String, Object> variables) {
    tasklist.work(user, caseId, key, variables);
    jobs.runJobs();
  }
}
