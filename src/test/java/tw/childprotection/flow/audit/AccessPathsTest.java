package tw.childprotection.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.audit.AccessPaths.Access;
import tw.childprotection.flow.audit.AccessPaths.IdKind;
import tw.childprotection.flow.audit.AccessPaths.Target;

/** Which paths are a look at or a change of one case, and the template each is recorded under. */
class AccessPathsTest {

  static final String TASK = "8f1c2e4a-edd2-11f1-8523-02fc00000001";

  @Test
  void theVariablesAndFormsOfATaskOrInstanceAreReadsOfItsCase() {
    assertThat(of("GET", "/engine-rest/task/" + TASK + "/variables/childName")).contains(new Target(IdKind.TASK,
        TASK, Access.READ, "ENGINE_REST", "/engine-rest/task/{taskId}/variables/{name}"));
    assertThat(of("GET", "/camunda/api/engine/engine/default/execution/" + TASK + "/localVariables"))
        .contains(new Target(IdKind.EXECUTION, TASK, Access.READ, "WEBAPP_ENGINE",
            "/camunda/api/engine/engine/default/execution/{executionId}/localVariables"));
    assertThat(of("GET", "/engine-rest/history/process-instance/" + TASK)).map(Target::kind)
        .contains(IdKind.PROCESS_INSTANCE);
    assertThat(of("GET", "/api/v1/cases/CP-KHH-2026-000123/attachments/7d0f")).map(Target::template)
        .contains("/api/v1/cases/{caseId}/attachments/{id}");
  }

  @Test
  void everyChangeUnderATaskOrInstanceIsAChange() {
    assertThat(of("POST", "/engine-rest/task/" + TASK + "/assignee")).map(Target::access).contains(Access.CHANGE);
    assertThat(of("DELETE", "/engine-rest/process-instance/" + TASK)).map(Target::template)
        .contains("/engine-rest/process-instance/{processInstanceId}");
    assertThat(of("PUT", "/camunda/api/tasklist/plugin/casework/default/tasks/" + TASK + "/draft"))
        .map(Target::access).contains(Access.CHANGE);
  }

  @Test
  void listsCountsAndTheTaskItselfAreNotALookAtACase() {
    assertThat(of("GET", "/engine-rest/task/count")).isEmpty();
    assertThat(of("POST", "/engine-rest/process-instance/suspended")).isEmpty();
    assertThat(of("GET", "/engine-rest/task/" + TASK)).isEmpty();
    assertThat(of("GET", "/engine-rest/history/variable-instance")).isEmpty();
    assertThat(of("GET", "/api/v1/cases/CP-KHH-2026-000123/access-log")).isEmpty();
    assertThat(of("GET", "/api/v1/active-care/referrals")).isEmpty();
    assertThat(of("GET", "/engine-rest/cases/CP-KHH-2026-000123")).as("our paths only under ours").isEmpty();
  }

  private static Optional<Target> of(String method, String path) {
    return AccessPaths.of(method, path, Map.<String, String>of()::get);
  }
}
