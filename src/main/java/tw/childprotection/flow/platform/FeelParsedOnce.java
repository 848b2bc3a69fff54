package tw.childprotection.flow.platform;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL is parsed once, not at every evaluation. Camunda's FEEL engine parses each
 * input expression and input entry anew whenever a table is evaluated; a flight recording of the intake
 * benchmark found a third of the Art. 14 decision's time in that parser (docs/benchmarks.md). This plugin
 * gives the DMN engine the same FEEL engine — same functions, value mappers and configuration — whose
 * parse results are kept by expression text. A parsed expression holds no state of an evaluation, so one
 * may serve every thread; only successful parses are kept, so an error reads as before.
 */
@Component
public class FeelParsedOnce extends AbstractProcessEnginePlugin {

  /** Deployed tables hold a few hundred distinct texts; past this, texts are parsed as before. */
  static final int MAX_KEPT = 10_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (!configuration.isDmnFeelEnableLegacyBehavior()) {
      dmn.setFeelEngineFactory(() -> dmnFeel(dmn.getFeelCustomFunctionProviders()));
    }
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** The FEEL engine this plugin gives the DMN engine (the decision-table tests evaluate with both). */
  public static org.camunda.bpm.dmn.feel.impl.FeelEngine dmnFeel(List<FeelCustomFunctionProvider> providers) {
    return new DmnFeel(providers);
  }

  /** Camunda's Scala FEEL integration, built on {@link ParsingOnce}. */
  static final class DmnFeel extends ScalaFeelEngine {

    DmnFeel(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders == null ? List.of() : functionProviders);
    }

    @Override
    protected FeelEngine buildFeelEngine(CustomFunctionTransformer transformer,
        ValueMapper.CompositeValueMapper valueMapper) {
      // as ScalaFeelEngine builds it: its functions and mappers, external functions off, the default clock
      return new ParsingOnce(transformer, valueMapper,
          FeelEngine.defaultConfiguration().copy(false), FeelEngine.defaultClock());
    }

    FeelEngine scala() {
      return feelEngine;
    }
  }

  /** The FEEL engine, its parse results kept by expression text. */
  static final class ParsingOnce extends FeelEngine {

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    ParsingOnce(CustomFunctionTransformer functions, ValueMapper valueMapper, FeelEngine.Configuration configuration,
        org.camunda.feel.FeelEngineClock clock) {
      super(functions, valueMapper, configuration, clock);
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String expression) {
      return kept(expressions, expression, super::parseExpression);
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
      return kept(unaryTests, expression, super::parseUnaryTests);
    }

    int keptTexts() {
      return expressions.size() + unaryTests.size();
    }

    private static Either<Failure, ParsedExpression> kept(Map<String, ParsedExpression> parsed, String text,
        Function<String, Either<Failure, ParsedExpression>> parser) {
      ParsedExpression known = text == null ? null : parsed.get(text);
      if (known != null) {
        return new camundajar.impl.scala.util.Right<>(known);
      }
      Either<Failure, ParsedExpression> result = parser.apply(text);
      if (text != null && result.isRight() && parsed.size() < MAX_KEPT) {
        parsed.put(text, result.toOption().get());
      }
      return result;
    }
  }
}
