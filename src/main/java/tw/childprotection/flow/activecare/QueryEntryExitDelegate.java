package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.agencies.immigration.Immigration;

/** B, before the move: the Immigration Agency is asked for entry and exit records; a child abroad is excluded. */
@Component("queryEntryExitDelegate")
class QueryEntryExitDelegate implements JavaDelegate {

  private final Immigration immigration;

  QueryEntryExitDelegate(Immigration immigration) {
    this.immigration = immigration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ActiveCareCase.VAR_DEPARTED, immigration.entryExit(ChildQueries.of(execution)).abroad());
  }
}
