package tw.childprotection.flow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.childprotection.flow.deadlines.DeadlineEnginePlugin;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.support.ModelFiles;

/**
 * Every model an analyst can touch, checked the way the application will use it: parsed by the
 * engine's own BPMN/DMN parser with our deadline machinery installed (an unknown deadline code fails
 * here), opened-in-Modeler essentials (layout, Camunda 7.24), and for every user task a form that
 * exists and a candidate group of CONTRACT §2.
 */
class ModelValidationTest {

  /** CONTRACT §2's groups, and education: 辦法 第4條 names the education unit the dispatch may assign. */
  static final Set<String> CONTRACT_GROUPS = Set.of(Groups.SOCIAL_WORKER, Groups.SOCIAL_SUPERVISOR,
      Groups.HEALTH, Groups.HOUSEHOLD_REGISTRATION, Groups.POLICE, Groups.EDUCATION, Groups.DISTRICT_OFFICE,
      Groups.MANAGER, Groups.CDC, Groups.NHIA, Groups.MOI_HOUSEHOLD);

  static ProcessEngine engine;

  @BeforeAll
  static void parserEngine() {
    ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("model-validation");
    config.setJdbcUrl("jdbc:h2:mem:model-validation;DB_CLOSE_DELAY=-1");
    config.setJobExecutorActivate(false);
    config.getProcessEnginePlugins().add(new DeadlineEnginePlugin(mock(DeadlineRegistry.class)));
    engine = config.buildProcessEngine();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  static Stream<Path> models() {
    return Stream.concat(ModelFiles.bpmn().stream(), ModelFiles.dmn().stream());
  }

  static Stream<Path> diagrams() {
    return ModelFiles.bpmn().stream();
  }

  @Test
  void thereAreModelsAndForms() {
    assertThat(ModelFiles.bpmn()).isNotEmpty();
    assertThat(ModelFiles.forms()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} parses in the engine")
  @MethodSource("models")
  void theEngineParsesIt(Path model) {
    assertThatCode(() -> {
      try (InputStream in = Files.newInputStream(model)) {
        engine.getRepositoryService().createDeployment().addInputStream(ModelFiles.resourceName(model), in).deploy();
      }
    }).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} opens in Modeler for Camunda 7.24")
  @MethodSource("diagrams")
  void itHasLayoutAndTargetsCamunda724(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    assertThat(model.getModelElementsByType(BpmnDiagram.class)).as("diagram layout").isNotEmpty();
    String xml = readString(diagram);
    assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"")
        .contains("modeler:executionPlatformVersion=\"7.24.0\"");
  }

  @ParameterizedTest(name = "{0}: every user task has a form and a candidate group")
  @MethodSource("diagrams")
  void everyUserTaskHasAnExistingFormAndAContractGroup(Path diagram) throws Exception {
    Set<String> formIds = formIds();
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isIn(formIds);
      assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isIn(CONTRACT_GROUPS);
    }
  }

  @Test
  void everyFormIsCamundaFormsJsonForTasklist724() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (Path form : ModelFiles.forms()) {
      JsonNode root = json.readTree(form.toFile());
      assertThat(root.path("schemaVersion").asInt()).as("%s schemaVersion (Tasklist 7.24 renders ≤ 16)", form)
          .isBetween(1, 16);
      assertThat(root.path("executionPlatformVersion").asText()).as(form.toString()).isEqualTo("7.24.0");
      assertThat(ids.add(root.path("id").asText())).as("form id %s is unique", root.path("id")).isTrue();
      assertThat(root.path("components").isArray()).isTrue();
    }
  }

  private static Set<String> formIds() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (Path form : ModelFiles.forms()) {
      ids.add(json.readTree(form.toFile()).path("id").asText());
    }
    return ids;
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
