package tw.childprotection.flow.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.TaskForm;

/**
 * A person's submission of a task ({@code submit-form}, {@code complete}) checked against the task's own
 * Camunda form, and a person's update of a task ({@code PUT /task/{id}}) checked for what the law sets.
 * Only a task the person can see is checked: another county's task is left to the engine, which refuses it
 * (403), so this check tells nobody that a task exists.
 */
final class TaskSubmissions {

  /** Camunda's REST date format (its default {@code dateFormat}); parsed as leniently as Camunda parses it. */
  static final String CAMUNDA_DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

  private TaskSubmissions() {
  }

  static List<ApiError> submission(ProcessEngine engine, String taskId, JsonNode body) {
    Task task = visible(engine, taskId);
    if (task == null) {
      return List.of();
    }
    Map<String, JsonNode> submitted = new LinkedHashMap<>();
    if (body != null && body.path("variables").isObject()) {
      body.path("variables").fields().forEachRemaining(e -> submitted.put(e.getKey(), e.getValue()));
    }
    TaskForm form = asSystem(engine, () -> form(engine, task));
    Map<String, Object> current = asSystem(engine, () -> values(engine, taskId));
    InputCheck check = new InputCheck();
    submitted.keySet().stream().filter(WorkerWrites.NEVER_WRITTEN_BY_WORKERS::contains)
        .forEach(name -> WorkerWrites.neverWritten(name, check));
    List<ApiError> errors = new ArrayList<>(check.errors());
    Map<String, JsonNode> rest = new LinkedHashMap<>(submitted);
    rest.keySet().removeAll(WorkerWrites.NEVER_WRITTEN_BY_WORKERS);
    errors.addAll(form.check(rest, current));
    return errors;
  }

  /** The task's legal due date (set from the law's deadline) and what places it in a case stay as they are. */
  static List<ApiError> update(ProcessEngine engine, String taskId, JsonNode body) {
    Task task = visible(engine, taskId);
    if (task == null || body == null || !body.isObject()) {
      return List.of();
    }
    InputCheck check = new InputCheck();
    Date due;
    try {
      due = body.path("due").isTextual() ? new SimpleDateFormat(CAMUNDA_DATE_FORMAT).parse(body.path("due").asText())
          : null;
    } catch (ParseException e) {
      return List.of(); // Camunda refuses it itself (400)
    }
    if (!Objects.equals(due == null ? null : due.getTime(),
        task.getDueDate() == null ? null : task.getDueDate().getTime())) {
      check.add("due", "NOT_WRITABLE", "a task's due date is the law's deadline and is not changed by hand",
          "工作之期限為法定期限，不得自行修改");
    }
    unchanged(check, "name", text(body, "name"), task.getName());
    unchanged(check, "description", text(body, "description"), task.getDescription());
    unchanged(check, "tenantId", text(body, "tenantId"), task.getTenantId());
    unchanged(check, "parentTaskId", text(body, "parentTaskId"), task.getParentTaskId());
    unchanged(check, "caseInstanceId", text(body, "caseInstanceId"), task.getCaseInstanceId());
    return check.errors();
  }

  private static void unchanged(InputCheck check, String field, String requested, String current) {
    if (!Objects.equals(requested, current)) {
      check.add(field, "NOT_WRITABLE", "is set by the case's process and is not changed by hand",
          "由案件流程設定，不得自行修改");
    }
  }

  private static String text(JsonNode body, String field) {
    return body.path(field).isTextual() ? body.path(field).asText() : null;
  }

  /** The task as the caller sees it (tenant- and authorization-checked), or null. */
  private static Task visible(ProcessEngine engine, String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
  }

  private static TaskForm form(ProcessEngine engine, Task task) {
    boolean camundaForm = task.getCamundaFormRef() != null
        || task.getFormKey() != null && task.getFormKey().startsWith("camunda-forms:");
    if (!camundaForm) {
      return TaskForm.none();
    }
    try (InputStream schema = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return TaskForm.parse(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("the deployed form of a task is unreadable", e);
    }
  }

  /** The task's variables as values; an object variable by its serialized text, never deserialized. */
  private static Map<String, Object> values(ProcessEngine engine, String taskId) {
    Map<String, Object> values = new HashMap<>();
    VariableMap variables = engine.getTaskService().getVariablesTyped(taskId, false);
    variables.keySet().forEach(name -> {
      TypedValue typed = variables.getValueTyped(name);
      values.put(name, typed instanceof SerializableValue serializable && !serializable.isDeserialized()
          ? serializable.getValueSerialized() : typed.getValue());
    });
    return values;
  }

  private static <T> T asSystem(ProcessEngine engine, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
