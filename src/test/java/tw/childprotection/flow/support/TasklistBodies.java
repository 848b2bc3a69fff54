package tw.childprotection.flow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.TaskForm;

/**
 * The {@code variables} of a {@code submit-form} body as Tasklist 7.24 builds it from a Camunda form: every
 * keyed field of the form, hidden or not, each as {@code {"value": …}} (no type), a checklist as
 * {@code {"type":"Json","value":"[…]"}}. The values come from a chooser given the field's component.
 */
public final class TasklistBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TasklistBodies() {
  }

  public static JsonNode form(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every field filled with a value the form allows (the first choice, a short text, the least number). */
  public static ObjectNode filled(JsonNode form) {
    return variables(form, (component, type) -> switch (type) {
      case "checkbox" -> JSON.getNodeFactory().booleanNode(true);
      case "number" -> JSON.getNodeFactory().numberNode(component.path("validate").path("min").asInt(0));
      case "checklist" -> JSON.createArrayNode().add(component.path("values").get(0).path("value").asText());
      case "radio", "select" -> JSON.getNodeFactory().textNode(component.path("values").get(0).path("value").asText());
      case "datetime" -> JSON.getNodeFactory().textNode("date".equals(component.path("subtype").asText())
          ? "2026-11-20" : "2026-11-20T09:30+08:00");
      default -> JSON.getNodeFactory().textNode(component.path("validate").has("pattern") ? "CP-TPE-2026-000123"
          : "訪視紀錄");
    });
  }

  /** Every field as form-js leaves it untouched: empty text, unchecked boxes, no choice, no date. */
  public static ObjectNode empty(JsonNode form) {
    return variables(form, (component, type) -> switch (type) {
      case "checkbox" -> JSON.getNodeFactory().booleanNode(false);
      case "checklist" -> JSON.createArrayNode();
      case "textfield", "textarea" -> JSON.getNodeFactory().textNode("");
      case "number" -> component.has("defaultValue") ? component.get("defaultValue") : JSON.nullNode();
      default -> JSON.nullNode();
    });
  }

  /**
   * The form's required fields that {@code given} leaves out and the task has no value for, shown by the form's
   * conditions, each with a value a person could choose (the first choice, the present moment, a short text).
   */
  public static Map<String, Object> requiredLeftOut(String form, Map<String, Object> given,
      Map<String, Object> current) {
    TaskForm taskForm = TaskForm.parse(form);
    JsonNode schema;
    try {
      schema = JSON.readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode defaults = filled(schema);
    String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString();
    Map<String, Object> added = new LinkedHashMap<>();
    for (int round = 0; round < 5; round++) {
      ObjectNode submitted = with(JSON.createObjectNode(), given);
      with(submitted, added);
      Map<String, JsonNode> variables = new LinkedHashMap<>();
      submitted.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
      List<String> missing = taskForm.check(variables, current).stream().filter(e -> e.code().equals("REQUIRED"))
          .map(ApiError::field).toList();
      if (missing.isEmpty()) {
        break;
      }
      for (String field : missing) {
        TaskForm.Field definition = taskForm.fields().get(field);
        JsonNode value = defaults.get(field).get("value");
        Object chosen = "datetime".equals(definition.type()) && !"date".equals(definition.subtype()) ? now
            : "datetime".equals(definition.type()) ? now.substring(0, 10)
            : "Json".equals(defaults.get(field).path("type").asText()) ? JSON.convertValue(readList(value), List.class)
            : JSON.convertValue(value, Object.class);
        added.put(field, chosen);
      }
    }
    return added;
  }

  private static JsonNode readList(JsonNode text) {
    try {
      return JSON.readTree(text.asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Overrides some fields of a body (a plain value each; a list becomes a checklist's Json). */
  public static ObjectNode with(ObjectNode variables, Map<String, Object> values) {
    values.forEach((name, value) -> variables.set(name, variable(JSON.valueToTree(value))));
    return variables;
  }

  private static ObjectNode variables(JsonNode form, BiFunction<JsonNode, String, JsonNode> chooser) {
    ObjectNode variables = JSON.createObjectNode();
    collect(form.path("components"), chooser, variables);
    return variables;
  }

  private static void collect(JsonNode components, BiFunction<JsonNode, String, JsonNode> chooser,
      ObjectNode variables) {
    for (JsonNode component : components) {
      collect(component.path("components"), chooser, variables);
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false)) {
        variables.set(component.get("key").asText(),
            variable(chooser.apply(component, component.path("type").asText())));
      }
    }
  }

  private static ObjectNode variable(JsonNode value) {
    ObjectNode variable = JSON.createObjectNode();
    if (value.isArray()) {
      variable.put("type", "Json").put("value", value.toString());
    } else {
      variable.set("value", value);
    }
    return variable;
  }
}
