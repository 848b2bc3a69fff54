package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The DMN engine's FEEL, parsed once (docs/benchmarks.md, "Two fixes inside the engine"). */
class FeelParsedOnceTest {

  private final ScalaFeelEngine stock = new ScalaFeelEngine(List.of());
  private final FeelParsedOnce.DmnFeel parsedOnce = new FeelParsedOnce.DmnFeel(List.of());

  @Test
  void thePluginGivesTheEngineTheFeelThatParsesOnce() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    new FeelParsedOnce().preInit(configuration);
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory().createInstance())
        .isInstanceOf(FeelParsedOnce.DmnFeel.class);
  }

  @Test
  void answersAsCamundasOwnFeelDoesWhetherParsedBeforeOrNot() {
    VariableContext facts = Variables.createVariables().putValue("countiesReporting", 2)
        .putValue("residenceCounty", "KHH").putValue("urgent", true).asVariableContext();
    for (int round = 0; round < 3; round++) {
      for (String tests : List.of(">= 2", "< 2", "\"KHH\",\"TPE\"", "not(\"KHH\")", "[1..3]", "-")) {
        assertThat(parsedOnce.evaluateSimpleUnaryTests(tests, "countiesReporting", facts))
            .as(tests).isEqualTo(stock.evaluateSimpleUnaryTests(tests, "countiesReporting", facts));
      }
      for (String expression : List.of("residenceCounty", "countiesReporting + 1", "urgent and countiesReporting > 1",
          "\"第14條第1項（緊急：兒少所在地）\"")) {
        Object expected = stock.evaluateSimpleExpression(expression, facts);
        assertThat((Object) parsedOnce.evaluateSimpleExpression(expression, facts)).as(expression).isEqualTo(expected);
      }
    }
  }

  @Test
  void keepsWhatItParsedAndNotWhatFailed() {
    FeelParsedOnce.ParsingOnce feel = (FeelParsedOnce.ParsingOnce) parsedOnce.scala();
    assertThat(feel.parseUnaryTests(">= 2").toOption().get())
        .isSameAs(feel.parseUnaryTests(">= 2").toOption().get());
    assertThat(feel.parseExpression("a + 1").toOption().get())
        .isSameAs(feel.parseExpression("a + 1").toOption().get());
    assertThat(feel.parseExpression("a +").isLeft()).isTrue();
    org.camunda.feel.FeelEngine camundas = new org.camunda.feel.FeelEngine.Builder().build();
    assertThat(feel.parseExpression("a +").left().toOption().get().message())
        .isEqualTo(camundas.parseExpression("a +").left().toOption().get().message());
    assertThat(feel.keptTexts()).isEqualTo(2);
  }

  @Test
  void aContextSeenBeforeDoesNotLeakIntoTheNext() {
    String expression = "residenceCounty";
    assertThat((Object) parsedOnce.evaluateSimpleExpression(expression,
        Variables.fromMap(Map.of("residenceCounty", "KHH")).asVariableContext())).isEqualTo("KHH");
    assertThat((Object) parsedOnce.evaluateSimpleExpression(expression,
        Variables.fromMap(Map.of("residenceCounty", "TPE")).asVariableContext())).isEqualTo("TPE");
  }
}
