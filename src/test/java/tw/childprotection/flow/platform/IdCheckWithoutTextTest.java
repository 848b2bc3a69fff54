package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** Rows are checked for their id as Camunda checks them, without writing the entity out each time. */
class IdCheckWithoutTextTest {

  @Test
  void theEngineInsertsThroughTheCheckAndRunsAsBefore() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    // a name of its own: closing an engine named "default" would take the suite's Spring engine off the
    // registry the REST API and the webapps look engines up in
    configuration.setProcessEngineName("id-check-test");
    configuration.setJdbcUrl("jdbc:h2:mem:id-check;DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    new IdCheckWithoutText().preInit(configuration);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("p.bpmn",
          Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
          .deploy();
      engine.getRuntimeService().startProcessInstanceByKey("p");
      assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(1);
      Class<?> manager = configuration.getCommandExecutorTxRequired()
          .execute(context -> Context.getCommandContext().getDbEntityManager().getClass());
      assertThat(manager).isEqualTo(IdCheckWithoutText.Checked.class);
    } finally {
      engine.close();
    }
  }

  @Test
  void aGoodIdIsNotWrittenOutAWrongOneFailsAsInCamunda() {
    IdCheckWithoutText.Checked check = new IdCheckWithoutText.Checked(null, null);
    AtomicInteger written = new AtomicInteger();
    check.validateId(entity("a-good-id", written));
    assertThat(written).hasValue(0);

    for (String wrong : new String[] {null, "*"}) {
      DbEntity entity = entity(wrong, written);
      String expected = message(() -> EnsureUtil.ensureValidIndividualResourceId("Entity " + entity
          + " has an invalid id", entity.getId()));
      assertThatThrownBy(() -> check.validateId(entity)).isInstanceOf(ProcessEngineException.class)
          .hasMessage(expected);
    }
  }

  private static String message(Runnable camundasCheck) {
    try {
      camundasCheck.run();
    } catch (ProcessEngineException e) {
      return e.getMessage();
    }
    throw new AssertionError("Camunda's check passed");
  }

  private static DbEntity entity(String id, AtomicInteger written) {
    return new DbEntity() {
      @Override
      public String getId() {
        return id;
      }

      @Override
      public void setId(String newId) {
      }

      @Override
      public Object getPersistentState() {
        return id;
      }

      @Override
      public String toString() {
        written.incrementAndGet();
        return "Entity[" + id + "]";
      }
    };
  }
}
