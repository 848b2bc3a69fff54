package tw.childprotection.flow.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tw.childprotection.flow.support.DecisionTable;

/**
 * processes/protection/jurisdiction.dmn, decision {@code handlingCounty}: 兒童及少年保護通報及處理辦法 第14條,
 * evaluated by Camunda's standalone DMN engine (no process engine, no Spring). Hit policy FIRST: the
 * rules are checked in the order of the article, so the priority cases matter as much as the rules.
 */
class JurisdictionDecisionTest {

  private static final Path MODEL =
      Path.of(System.getProperty("basedir", "."), "processes", "protection", "jurisdiction.dmn");

  private static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

  private static final String URGENT_RULE = "urgentChildLocationRule";
  private static final String MOVING_RULE = "movingFirstReceivingRule";
  private static final String RESIDENCE_RULE = "multipleCountiesResidenceRule";
  private static final String RECEIVING_RULE = "receivingCountyRule";

  private static final String URGENT_BASIS = "第14條第1項（緊急：兒少所在地）";
  private static final String MOVING_BASIS = "第14條第1項（遷徙或行方不明：最先受理通報地）";
  private static final String RESIDENCE_BASIS = "第14條第2項（二以上縣市受理：住所地）";
  private static final String RECEIVING_BASIS = "第14條第2項（受理通報地）";

  private static final DecisionTable TABLE = DecisionTable.load("protection", "jurisdiction.dmn", "handlingCounty");

  @Test
  void rule1_urgentReport_isHandledWhereTheChildIs() {
    Evaluation result = evaluate(true, false, 1, "TPE");

    result.assertHandledBy("TXG", URGENT_BASIS, URGENT_RULE);
  }

  @Test
  void rule2_movingOrWhereaboutsUnknown_isHandledByTheCountyThatFirstReceivedAReport() {
    Evaluation result = evaluate(false, true, 1, null);

    result.assertHandledBy("TAO", MOVING_BASIS, MOVING_RULE);
  }

  @Test
  void rule3_twoOrMoreReceivingCounties_isHandledByTheResidenceCounty() {
    Evaluation result = evaluate(false, false, 2, "TPE");

    result.assertHandledBy("TPE", RESIDENCE_BASIS, RESIDENCE_RULE);
  }

  @Test
  void rule4_otherReport_isHandledByTheReceivingCounty() {
    Evaluation result = evaluate(false, false, 1, null);

    result.assertHandledBy("KHH", RECEIVING_BASIS, RECEIVING_RULE);
  }

  // --- priority between the rules (FIRST: order of the article) ---

  /** Art. 14 para 1: the second sentence qualifies the first — an urgent report of a moving child too. */
  @Test
  void urgentAndMoving_isHandledByTheCountyThatFirstReceivedAReport() {
    Evaluation result = evaluate(true, true, 1, null);

    result.assertHandledBy("TAO", MOVING_BASIS, MOVING_RULE);
  }

  @Test
  void urgentWithTwoReceivingCounties_isHandledWhereTheChildIs() {
    Evaluation result = evaluate(true, false, 2, "TPE");

    result.assertHandledBy("TXG", URGENT_BASIS, URGENT_RULE);
  }

  @Test
  void twoReceivingCountiesWithoutAKnownResidence_isHandledByTheReceivingCounty() {
    Evaluation result = evaluate(false, false, 2, null);

    result.assertHandledBy("KHH", RECEIVING_BASIS, RECEIVING_RULE);
  }

  @Test
  void movingWithTwoReceivingCounties_isHandledByTheCountyThatFirstReceivedAReport() {
    Evaluation result = evaluate(false, true, 2, "TPE");

    result.assertHandledBy("TAO", MOVING_BASIS, MOVING_RULE);
  }

  @Test
  void singleReceivingCountyWithAKnownResidence_isHandledByTheReceivingCounty() {
    Evaluation result = evaluate(false, false, 1, "TPE");

    result.assertHandledBy("KHH", RECEIVING_BASIS, RECEIVING_RULE);
  }

  // --- the file stays a Camunda Modeler diagram ---

  @Test
  void modelCarriesTheModelerAttributesAndADiagramShapeForTheDecision() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(MODEL.toFile());
    Element definitions = document.getDocumentElement();

    assertThat(definitions.getNamespaceURI()).isEqualTo(DMN_NS);
    assertThat(definitions.getAttribute("id")).isEqualTo("jurisdictionDefinitions");
    assertThat(definitions.getAttribute("exporter")).isEqualTo("Camunda Modeler");
    assertThat(definitions.getAttribute("exporterVersion")).isEqualTo("5.42.0");
    assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatform"))
        .isEqualTo("Camunda Platform");
    assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatformVersion"))
        .isEqualTo("7.24.0");

    NodeList shapes = document.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
    List<String> shapeRefs = new ArrayList<>();
    for (int i = 0; i < shapes.getLength(); i++) {
      shapeRefs.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
    }
    assertThat(shapeRefs).containsExactly("handlingCounty");
    assertThat(TABLE.decision().getName()).isEqualTo("受理管轄縣市（第14條）");
  }

  // --- helpers ---

  /**
   * Evaluates with fixed county codes for the context values, so each outcome is distinguishable:
   * child location TXG, first receiving county TAO, receiving county KHH.
   */
  private static Evaluation evaluate(
      boolean urgent,
      boolean movingOrWhereaboutsUnknown,
      int countiesReporting,
      String residenceCounty) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("urgent", urgent);
    variables.put("movingOrWhereaboutsUnknown", movingOrWhereaboutsUnknown);
    variables.put("countiesReporting", countiesReporting);
    variables.put("residenceCounty", residenceCounty);
    variables.put("childLocationCounty", "TXG");
    variables.put("firstReceivingCounty", "TAO");
    variables.put("receivingCounty", "KHH");

    DecisionTable.Evaluation evaluation = TABLE.evaluate(variables);
    return new Evaluation(evaluation.entries(), evaluation.matchedRules());
  }

  private record Evaluation(DmnDecisionResultEntries entries, List<String> matchedRules) {

    void assertHandledBy(String county, String basis, String ruleId) {
      assertThat(matchedRules).containsExactly(ruleId);
      assertThat(entries.<String>getEntry("handlingCounty")).isEqualTo(county);
      assertThat(entries.<String>getEntry("basis")).isEqualTo(basis);
    }
  }
}
