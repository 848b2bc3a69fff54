package tw.childprotection.flow.support;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.people.County;

/** Starts cases of the test-only deadline fixture process, as an intake would. */
public final class FixtureCases {

  public static final String PROCESS = "deadlineFixture";
  public static final String DISPATCH = "dispatch";
  public static final String DISPATCH_DEADLINE = "dispatchDeadline";
  public static final String ESCALATE = "escalate";
  public static final String INVESTIGATE = "investigate";
  public static final String INVESTIGATION_DEADLINE = "investigationDeadline";
  public static final String INVESTIGATION_LATE = "investigationLate";
  public static final String PLACEMENT = "placement";
  public static final String ASSESS = "assess";
  public static final String PLACEMENT_DEADLINE = "placementDeadline";
  public static final String DONE = "done";

  private FixtureCases() {
  }

  public static synchronized void deploy(ProcessEngine engine) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment().name("test fixtures")
          .addClasspathResource("fixtures/deadline-fixture.bpmn").deploy();
    }
  }

  public static ProcessInstance start(ProcessEngine engine, CaseNumbers numbers, County county) {
    deploy(engine);
    String caseId = numbers.next(CaseKind.PROTECTION, county, LocalDate.now()).toString();
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, caseId, Map.of("county", county.code()));
  }
}
