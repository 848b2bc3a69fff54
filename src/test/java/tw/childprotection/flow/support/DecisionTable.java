package tw.childprotection.flow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import tw.childprotection.flow.platform.FeelParsedOnce;

/**
 * A decision table from {@code processes/}, evaluated by Camunda's standalone DMN engine (no Spring)
 * so a test can say which rule decided, not only what came out.
 */
public final class DecisionTable {

  /** What the table answered and the ids of the rules that matched. */
  public record Evaluation(DmnDecisionResultEntries entries, List<String> matchedRules) {
  }

  private final List<List<String>> matched = new ArrayList<>();
  private final DmnEngine engine;
  private final DmnDecision decision;
  private final DmnEngine parsedOnce;
  private final DmnDecision parsedOnceDecision;

  private DecisionTable(Path file, String decisionKey) {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationEvent event) ->
            matched.add(event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList())))
        .buildEngine();
    // the application's DMN engine keeps parsed FEEL (platform.FeelParsedOnce): every table test checks
    // that it answers as Camunda's own does, twice, so a kept parse is used
    parsedOnce = ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration)
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
        .feelEngineFactory(() -> FeelParsedOnce.dmnFeel(List.of())).buildEngine();
    decision = parse(engine, file, decisionKey);
    parsedOnceDecision = parse(parsedOnce, file, decisionKey);
  }

  private static DmnDecision parse(DmnEngine engine, Path file, String decisionKey) {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** E.g. {@code load("protection", "jurisdiction.dmn", "handlingCounty")}. */
  public static DecisionTable load(String area, String file, String decisionKey) {
    return new DecisionTable(model(area, file), decisionKey);
  }

  public static Path model(String area, String file) {
    return Path.of(System.getProperty("basedir", "."), "processes", area, file);
  }

  public DmnDecision decision() {
    return decision;
  }

  /** One evaluation; exactly one rule must match (hit policy FIRST). */
  public Evaluation evaluate(Map<String, Object> variables) {
    matched.clear();
    DmnDecisionResultEntries entries = engine.evaluateDecision(decision, variables).getSingleResult();
    assertThat(matched).hasSize(1);
    for (int i = 0; i < 2; i++) {
      assertThat(parsedOnce.evaluateDecision(parsedOnceDecision, variables).getSingleResult().getEntryMap())
          .as("the same answer with FEEL parsed once").isEqualTo(entries.getEntryMap());
    }
    return new Evaluation(entries, matched.get(0));
  }
}
