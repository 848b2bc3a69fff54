package tw.childprotection.flow.agencies;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** {@link AgencyAnswerIncidentChecks} on an in-memory H2 database. */
class AgencyAnswerIncidentH2Test extends AgencyAnswerIncidentChecks {

  @Override
  void database(ProcessEngineConfigurationImpl config) {
    config.setJdbcUrl("jdbc:h2:mem:agency-answer-incidents;DB_CLOSE_DELAY=-1");
  }
}
