package tw.childprotection.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.childprotection.flow.support.ModelFiles;
import tw.childprotection.flow.support.PlatformTest;

/**
 * The notice tables and the diagrams agree: every row is a bean some service task calls, and every
 * {@code ${...}} a service task calls is a bean of the application, so a renamed task or row fails here
 * rather than at the first case that reaches it.
 */
@PlatformTest
class AgencyNoticeTablesTest {

  @Autowired ApplicationContext context;

  @Test
  void everyRowIsADelegateBeanThatADiagramCalls() {
    List<String> rows = context.getBeansOfType(AgencyNoticeTable.class).values().stream()
        .flatMap(table -> table.rows().stream()).map(AgencyNoticeTable.Row::bean).toList();

    assertThat(rows).isNotEmpty().doesNotHaveDuplicates();
    for (String row : rows) {
      assertThat(context.getBean(row)).as(row).isInstanceOf(AgencyNoticeDelegate.class);
    }
    assertThat(calledByTheDiagrams()).containsAll(rows);
  }

  @Test
  void everyDelegateADiagramCallsIsABean() {
    for (String bean : calledByTheDiagrams()) {
      assertThat(context.containsBean(bean)).as(bean).isTrue();
    }
  }

  private static Set<String> calledByTheDiagrams() {
    Set<String> beans = new TreeSet<>();
    for (Path diagram : ModelFiles.bpmn()) {
      for (ServiceTask task : Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(ServiceTask.class)) {
        String expression = task.getCamundaDelegateExpression();
        if (expression != null && expression.matches("\\$\\{\\w+}")) {
          beans.add(expression.substring(2, expression.length() - 1));
        }
      }
    }
    return beans;
  }
}
