package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user's groups are narrowed to those holding authorizations as Camunda narrows them, one index look-up each. */
class AuthorizedGroupsByIndexTest {

  private ProcessEngineConfigurationImpl configuration;
  private ProcessEngine engine;

  @BeforeEach
  void engineWithThePlugin() {
    configuration = new StandaloneInMemProcessEngineConfiguration();
    // a name of its own, as in IdCheckWithoutTextTest: the suite's Spring engine stays registered
    configuration.setProcessEngineName("authorized-groups-test");
    configuration.setJdbcUrl("jdbc:h2:mem:authorized-groups;DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new AuthorizedGroupsByIndex())));
    engine = configuration.buildProcessEngine();
    configuration.setAuthorizationEnabled(true);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void theEngineNarrowsThroughThePluginToTheSameGroupsAsCamunda() {
    grant("holder", Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant("other-holder", Resources.TASK, "some-task", Permissions.READ);
    List<String> groups = Arrays.asList("holder", "no-rows", null, "other-holder", "holder", "no-rows-either");

    List<List<String>> answers = configuration.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = Context.getCommandContext().getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizedGroupsByIndex.ByIndex.class);
      List<String> camundas = new AuthorizationManager().filterAuthenticatedGroupIds(groups);
      return List.of(manager.filterAuthenticatedGroupIds(groups), manager.filterAuthenticatedGroupIds(groups),
          camundas);
    });

    assertThat(answers.get(0)).containsExactly("holder", "other-holder");
    assertThat(answers.get(1)).as("asked again in the same command").containsExactly("holder", "other-holder");
    assertThat(answers.get(2)).as("Camunda's own answer").containsExactlyInAnyOrderElementsOf(answers.get(0));
    List<String> none = configuration.getCommandExecutorTxRequired().execute(context -> Context.getCommandContext()
        .getAuthorizationManager().filterAuthenticatedGroupIds(List.of()));
    assertThat(none).isEmpty();
  }

  @Test
  void aUserReadsWhatHisGroupsAreGrantedAndNothingElse() {
    engine.getRepositoryService().createDeployment().addModelInstance("p.bpmn",
        Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
        .deploy();
    configuration.setAuthorizationEnabled(false);
    engine.getRuntimeService().startProcessInstanceByKey("p");
    configuration.setAuthorizationEnabled(true);
    grant("readers", Resources.PROCESS_INSTANCE, "*", Permissions.READ);

    engine.getIdentityService().setAuthentication("someone", List.of("strangers", "readers"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
    engine.getIdentityService().setAuthentication("someone", List.of("strangers"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    engine.getIdentityService().clearAuthentication();
  }

  private void grant(String group, Resources resource, String resourceId, Permissions permission) {
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    engine.getAuthorizationService().saveAuthorization(grant);
  }
}
