package tw.childprotection.flow.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.protection.ChildProtectionCase;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.Browser;
import tw.childprotection.flow.support.PlatformTest;

/**
 * The diagrams of the case processes as manager.tpe sees them in Cockpit's process-definition view on a
 * 1440×900 screen (src/test/browser/diagrams.mjs, headless Debian chromium, zh-TW): every shape and flow of
 * each main plane drawn, a screenshot of each in target/screenshots/diagrams ({@code -Ddiagram.screenshots=dir}
 * to put them elsewhere, e.g. docs/screenshots), and the zoom Cockpit opened each at printed ("zoom key scale").
 * Without chromium or node it is skipped — except in CI ({@code CI=true}), where it fails ({@link Browser}).
 */
@PlatformTest
class DiagramScreenshotBrowserTest extends ApiTest {

  /** The process keys whose diagrams are looked at, with their files. */
  static final Map<String, String> MODELS = new LinkedHashMap<>();

  static {
    MODELS.put(ChildProtectionCase.PROCESS_KEY, "processes/protection/" + ChildProtectionCase.PROCESS_KEY + ".bpmn");
    MODELS.put(ChildProtectionCase.PLACEMENT_PROCESS_KEY,
        "processes/protection/" + ChildProtectionCase.PLACEMENT_PROCESS_KEY + ".bpmn");
    MODELS.put(ActiveCareCase.PROCESS_KEY, "processes/active-care/" + ActiveCareCase.PROCESS_KEY + ".bpmn");
  }

  @Test
  void cockpitDrawsEveryShapeAndFlowOfTheCaseDiagrams() throws Exception {
    Browser tools = Browser.require();
    ProcessBuilder browser = tools.script("diagrams.mjs", port);
    browser.environment().put("SCREENSHOTS", System.getProperty("diagram.screenshots", "target/screenshots/diagrams"));
    browser.environment().put("KEYS", String.join(",", MODELS.keySet()));
    ObjectNode elements = json.createObjectNode();
    for (Map.Entry<String, String> model : MODELS.entrySet()) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(Path.of(model.getValue()).toFile());
      BpmnPlane main = instance.getModelElementsByType(BpmnDiagram.class).iterator().next().getBpmnPlane();
      elements.put(model.getKey(), main.getDiagramElements().size());
    }
    browser.environment().put("ELEMENTS", elements.toString());
    // issue 10: the active-care case must be legible at the zoom Cockpit opens it at (its stage folded, 1348×516)
    browser.environment().put("MIN_ZOOM", "{\"" + ActiveCareCase.PROCESS_KEY + "\": 0.8}");
    assertThat(Browser.run(browser, 600)).as("the diagram browser checks (output above)").isZero();
  }
}
