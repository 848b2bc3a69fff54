package tw.childprotection.flow.activecare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.agencies.household.HouseholdRegistration;
import tw.childprotection.flow.agencies.immigration.Immigration;

/**
 * "排除出境之個案": before social affairs is told, a child who has left the country (household
 * registration says departed, or the Immigration Agency's last record is an exit) is excluded.
 */
@Service
record DepartedChildCheck(HouseholdRegistration household, Immigration immigration) {

  boolean departed(DelegateExecution execution) {
    ChildQueries queries = ChildQueries.forStep(execution);
    return household.lookup(queries.to("household")).departed()
        || immigration.entryExit(queries.to("immigration")).abroad();
  }
}
