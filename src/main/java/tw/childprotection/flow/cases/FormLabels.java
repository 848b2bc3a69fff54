package tw.childprotection.flow.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels people read on the task forms ({@code forms/**}), so a step's outcome is told in the
 * words of the form that recorded it ("調查結果：查有實據"), not as variable names and codes.
 */
@Component
public class FormLabels {

  /** A form field: its label and the labels of its options by value. */
  public record Field(String label, Map<String, String> options) {
  }

  private final Map<String, Field> fields;

  FormLabels() {
    this.fields = read("classpath*:forms/**/*.form");
  }

  /** The field that records {@code variable} on some form, if any form records it. */
  public Optional<Field> field(String variable) {
    return Optional.ofNullable(fields.get(variable));
  }

  private static Map<String, Field> read(String pattern) {
    Map<String, Field> found = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in), found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the task forms could not be read", e);
    }
    return Map.copyOf(found);
  }

  private static void collect(JsonNode node, Map<String, Field> found) {
    for (JsonNode component : node.path("components")) {
      String key = component.path("key").asText("");
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.path("dateLabel").asText("");
      if (!key.isEmpty() && !label.isEmpty() && !found.containsKey(key)) {
        Map<String, String> options = new LinkedHashMap<>();
        component.path("values").forEach(v -> options.put(v.path("value").asText(), v.path("label").asText()));
        found.put(key, new Field(label, Map.copyOf(options)));
      }
      collect(component, found);
    }
  }
}
