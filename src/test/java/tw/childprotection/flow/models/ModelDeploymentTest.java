package tw.childprotection.flow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.support.ModelFiles;
import tw.childprotection.flow.support.PlatformTest;

/** What analysts put in processes/ and forms/ is what runs: one deployment with every file. */
@PlatformTest
class ModelDeploymentTest {

  @Autowired RepositoryService repository;

  @Test
  void theApplicationDeploysEveryModelAndFormTogether() {
    Deployment deployment = repository.createDeploymentQuery().deploymentName("child-protection-flow")
        .orderByDeploymentTime().desc().list().get(0);
    List<String> deployed = repository.getDeploymentResourceNames(deployment.getId());

    List<String> files = Stream.of(ModelFiles.bpmn(), ModelFiles.dmn(), ModelFiles.forms())
        .flatMap(List::stream).map(ModelFiles::resourceName).toList();
    assertThat(files).isNotEmpty();
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void noModelIsKeptASecondTimeUnderSrc() {
    assertThat(Path.of("src/main/resources/processes")).doesNotExist();
    assertThat(Path.of("src/main/resources/forms")).doesNotExist();
  }
}
