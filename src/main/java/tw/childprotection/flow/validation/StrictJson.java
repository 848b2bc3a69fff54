package tw.childprotection.flow.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests are read as written, never as guessed: a key given twice is refused (which one counts would
 * be a guess), a number or true/false is not text, text is not a number or true/false
 * ({@code "urgent": 123} read as true changed a case's jurisdiction), a fraction is not a whole
 * number. Nesting is bounded. Every refusal is a 400 naming the field (see {@link RequestExceptionHandler}).
 */
@Configuration
class StrictJson {

  /** Deeper than any request of CONTRACT §3 (a referral's details included) needs. */
  static final int MAX_NESTING = 20;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictRequestParsing() {
    return builder -> builder
        .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .postConfigurer(mapper -> {
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.getFactory().setStreamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        });
  }
}
