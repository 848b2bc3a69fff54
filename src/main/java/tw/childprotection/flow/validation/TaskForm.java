package tw.childprotection.flow.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A task's Camunda form (form-js schema, {@code forms/<area>/*.form}) as the server checks a submission
 * against it: only the form's fields, each with its type and its {@code validate} rules (required,
 * minLength, maxLength, pattern, min, max), a choice from its {@code values}, a read-only or disabled field
 * unchanged. A field hidden by its {@code conditional.hide} (or whose condition this check does not
 * understand) is not required, as form-js does not require it either. A client that skips the browser
 * gets the same answers as the browser.
 *
 * <p>A submitted variable is the JSON Camunda's REST API takes: {@code {"value": …, "type": …, "valueInfo": …}};
 * Tasklist sends plain values without a type and a checklist as {@code {"type":"Json","value":"[…]"}}.
 */
public final class TaskForm {

  /** Text without a {@code maxLength} of its own: what a process variable keeps (see {@link TextRules}). */
  public static final int TEXT_LIMIT = 4000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEXT = Set.of("textfield", "textarea", "radio", "select", "datetime");
  private static final Set<String> LISTS = Set.of("checklist", "taglist");
  private static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");
  /** A checklist kept as a Java list (Spin JSON of these classes), as Tasklist sends it back. */
  private static final Set<String> LIST_CLASSES = Set.of("java.util.ArrayList", "java.util.LinkedList");

  private final Map<String, Field> fields;

  private TaskForm(Map<String, Field> fields) {
    this.fields = fields;
  }

  /** One input of the form. */
  public record Field(String key, String type, String subtype, JsonNode validate, List<String> values,
      List<String> hideWhen, boolean fixed, int decimalDigits) {
  }

  public static TaskForm parse(String schema) {
    try {
      JsonNode root = JSON.readTree(schema);
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(root.path("components"), List.of(), fields);
      return new TaskForm(fields);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a Camunda form", e);
    }
  }

  /** A task without a form of its own: nothing may be submitted with it. */
  public static TaskForm none() {
    return new TaskForm(Map.of());
  }

  public Map<String, Field> fields() {
    return fields;
  }

  private static void collect(JsonNode components, List<String> hideWhen, Map<String, Field> fields) {
    for (JsonNode component : components) {
      List<String> hides = new ArrayList<>(hideWhen);
      if (component.path("conditional").hasNonNull("hide")) {
        hides.add(component.path("conditional").path("hide").asText());
      }
      if (component.has("components")) {
        collect(component.path("components"), hides, fields);
      }
      String key = component.path("key").asText(null);
      String type = component.path("type").asText("");
      if (key == null || type.equals("button")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      component.path("values").forEach(v -> values.add(v.path("value").asText()));
      boolean fixed = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      fields.put(key, new Field(key, type, component.path("subtype").asText(null), component.path("validate"),
          List.copyOf(values), List.copyOf(hides), fixed, component.path("decimalDigits").asInt(-1)));
    }
  }

  /**
   * The problems of {@code submitted} (variable name → Camunda's variable JSON) against this form, given the
   * task's {@code current} variable values. Empty when acceptable.
   */
  public List<ApiError> check(Map<String, JsonNode> submitted, Map<String, ?> current) {
    InputCheck check = new InputCheck();
    Map<String, Object> before = values(current);
    Map<String, Object> values = new HashMap<>(before);
    Map<String, Object> given = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : submitted.entrySet()) {
      Field field = fields.get(entry.getKey());
      if (field == null) {
        check.add(entry.getKey(), "NOT_ON_FORM", "is not a field of this task's form and may not be submitted",
            "非本項工作表單之欄位，不得送出");
        continue;
      }
      readValue(field, entry.getValue(), check).ifPresent(value -> given.put(field.key(), value.orElse(null)));
    }
    values.putAll(given);
    for (Field field : fields.values()) {
      boolean shown = field.hideWhen().stream()
          .allMatch(hide -> FormCondition.isTrue(hide, values).map(hidden -> !hidden).orElse(false));
      if (given.containsKey(field.key())) {
        Object value = given.get(field.key());
        if (field.fixed() && !empty(value) && !same(value, before.get(field.key()))) {
          check.add(field.key(), "NOT_WRITABLE", "is shown on the form for reading only and may not be changed",
              "此欄位僅供檢視，不得修改");
          continue;
        }
        rules(field, value, shown, check);
      }
      if (shown && required(field) && empty(values.get(field.key()))) {
        check.add(field.key(), "REQUIRED", "is required", "為必填欄位");
      }
    }
    return check.errors();
  }

  private static Map<String, Object> values(Map<String, ?> current) {
    Map<String, Object> values = new HashMap<>();
    current.forEach((name, value) -> values.put(name, plain(value)));
    return values;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  /** The submitted value as plain Java (String, Boolean, BigDecimal, List of String); empty when refused. */
  private static Optional<Optional<Object>> readValue(Field field, JsonNode variable, InputCheck check) {
    String type = variable.path("type").isTextual() ? variable.path("type").asText() : null;
    JsonNode value = variable.path("value");
    if (value.isMissingNode() || value.isNull() || "Null".equals(type)) {
      return Optional.of(Optional.empty());
    }
    String name = field.key();
    if (LISTS.contains(field.type())) {
      boolean listObject = "Object".equals(type) && LIST_CLASSES.contains(variable.path("valueInfo")
          .path("objectTypeName").asText()) && variable.path("valueInfo").path("serializationDataFormat")
          .asText().equals("application/json");
      if (("Json".equals(type) || listObject) && value.isTextual()) {
        try {
          JsonNode items = JSON.readTree(value.asText());
          if (items.isArray()) {
            List<String> texts = new ArrayList<>();
            for (JsonNode item : items) {
              if (!item.isTextual()) {
                return wrongType(name, check);
              }
              texts.add(item.asText());
            }
            return Optional.of(Optional.of(texts));
          }
        } catch (IOException e) {
          return wrongType(name, check);
        }
      }
      return wrongType(name, check);
    }
    if ("checkbox".equals(field.type())) {
      return (type == null || "Boolean".equals(type)) && value.isBoolean()
          ? Optional.of(Optional.of(value.asBoolean())) : wrongType(name, check);
    }
    if ("number".equals(field.type())) {
      return (type == null || NUMBER_TYPES.contains(type)) && value.isNumber()
          ? Optional.of(Optional.of(value.decimalValue())) : wrongType(name, check);
    }
    if (TEXT.contains(field.type()) && value.isBoolean() && field.values().contains(value.asText())) {
      return Optional.of(Optional.of(value.asText())); // a yes/no radio answered with a JSON boolean
    }
    if (TEXT.contains(field.type())) {
      return (type == null || "String".equals(type)) && value.isTextual()
          ? Optional.of(Optional.of(value.asText())) : wrongType(name, check);
    }
    return wrongType(name, check);
  }

  private static Optional<Optional<Object>> wrongType(String field, InputCheck check) {
    check.add(field, "WRONG_TYPE", "has the wrong type for this form field", "資料型態與本表單欄位不符");
    return Optional.empty();
  }

  private static void rules(Field field, Object value, boolean shown, InputCheck check) {
    JsonNode validate = field.validate();
    if (value instanceof String text) {
      int max = validate.has("maxLength") ? validate.path("maxLength").asInt() : TEXT_LIMIT;
      if (!check.text(field.key(), text, Math.min(max, TEXT_LIMIT), "textarea".equals(field.type()))) {
        return;
      }
      if (validate.has("minLength") && !text.isEmpty() && text.length() < validate.path("minLength").asInt()) {
        check.add(field.key(), "INVALID_LENGTH", "at least " + validate.path("minLength").asInt() + " characters",
            "至少 " + validate.path("minLength").asInt() + " 字");
      }
      if (validate.hasNonNull("pattern") && !text.isEmpty() && !matches(validate.path("pattern").asText(), text)) {
        check.add(field.key(), "INVALID_FORMAT", "does not have the form's format", "格式不符本表單之規定");
      }
      if (!field.values().isEmpty() && !text.isEmpty() && shown && !field.values().contains(text)) {
        notAllowed(field, check);
      }
      if ("datetime".equals(field.type()) && !text.isEmpty() && !moment(field.subtype(), text)) {
        check.add(field.key(), "INVALID_DATETIME", "must be a date (and time) as the form writes it",
            "須為表單所填之日期（及時間）格式");
      }
    } else if (value instanceof List<?> items) {
      for (Object item : items) {
        if (!field.values().contains(item)) {
          notAllowed(field, check);
          return;
        }
      }
    } else if (value instanceof BigDecimal number) {
      boolean outside = validate.has("min") && number.compareTo(validate.path("min").decimalValue()) < 0
          || validate.has("max") && number.compareTo(validate.path("max").decimalValue()) > 0
          || field.decimalDigits() >= 0 && number.stripTrailingZeros().scale() > field.decimalDigits();
      if (outside) {
        check.add(field.key(), "OUT_OF_RANGE", "outside what the form allows"
                + (validate.has("min") ? " (" + validate.path("min") + " to " + validate.path("max") + ")" : ""),
            "超出本表單允許之範圍" + (validate.has("min") ? "（" + validate.path("min") + " 至 "
                + validate.path("max") + "）" : ""));
      }
    }
  }

  private static void notAllowed(Field field, InputCheck check) {
    check.add(field.key(), "NOT_ALLOWED", "must be one of " + String.join(", ", field.values()),
        "須為下列之一：" + String.join("、", field.values()));
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find(); // as JavaScript's RegExp.test
    } catch (PatternSyntaxException e) {
      return true; // a pattern we cannot read is the form's fault, not the worker's
    }
  }

  private static boolean moment(String subtype, String text) {
    try {
      if ("date".equals(subtype)) {
        LocalDate.parse(text);
      } else if ("time".equals(subtype)) {
        return text.matches("[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?(Z|[+-][0-9]{2}:?[0-9]{2})?");
      } else if (!text.matches(".*(Z|[+-][0-9]{2}:[0-9]{2})$")) {
        LocalDateTime.parse(text);
      } else {
        OffsetDateTime.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean required(Field field) {
    return field.validate().path("required").asBoolean(false);
  }

  private static boolean empty(Object value) {
    return value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty();
  }

  /** An engine value as the form compares it: text, Boolean, BigDecimal or a list of text. */
  static Object plain(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    String text = value.toString();
    if (text.startsWith("[")) { // a Spin JSON list (a checklist kept as Json)
      try {
        JsonNode items = JSON.readTree(text);
        List<String> list = new ArrayList<>();
        items.forEach(item -> list.add(item.asText()));
        return list;
      } catch (IOException e) {
        return text;
      }
    }
    return text;
  }
}
