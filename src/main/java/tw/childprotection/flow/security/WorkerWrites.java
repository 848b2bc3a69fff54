package tw.childprotection.flow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.InputCheck;

/**
 * What a request to Camunda's REST APIs may write into a case (issue 12, hole 5), decided from its method,
 * path and JSON body before the engine sees it. A person who is not an administrator writes a case's
 * variables only by submitting a task's form ({@code submit-form}, {@code complete}), checked by
 * {@code EngineWriteGuard} against that form; every other way a REST client can write a variable (the
 * variables of a task, an execution or an instance, a modification, a message, a signal) is refused, and
 * so is a change of a task's legal due date. Nobody, administrators included, plants a variable named like
 * one of the application's beans.
 */
final class WorkerWrites {

  /** The case's identity, county and the moments its statutory deadlines count from: never a worker's to write. */
  static final Set<String> NEVER_WRITTEN_BY_WORKERS = Set.of(CaseVariables.COUNTY, CaseVariables.CHILD_NATIONAL_ID,
      CaseVariables.CHILD_NAME, CaseVariables.CHILD_BIRTH_DATE, CaseVariables.CHILD_SEX, CaseVariables.LOCATION_COUNTY,
      CaseVariables.LOCATION_ADDRESS, CaseVariables.RESIDENCE_COUNTY, CaseVariables.TRANSFERRED_FROM,
      // protection: when the reporter knew (Art. 2's 24 hours), the report (Art. 4), the case opened (Act Art. 64),
      // the family plan's two years (Art. 11), the placements and their pauses (Act Arts. 57-58), who reported
      "knownAt", "reportReceivedAt", "caseOpenedAt", "familyPlanStartedAt", "placementsRunning", "placementPauses",
      "childWasPlaced", "followUpYearDone", "reportedByUser", "requestedBy",
      // active care: when social affairs was told (10 days, 30 days), when the concern was known, the entry point
      "socialNotifiedAt", "concernKnownAt", "entersAt", "source", "referralSources");

  /** Where a request body carries variables, at any depth (a modification's instructions, say). */
  static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "processVariablesToTriggeredScope", "localVariables");
  /** A case's variables written directly: a task's, an execution's, an instance's, one or many. */
  static final Pattern VARIABLES_PATH = Pattern.compile(
      "(.*/)?([^/]+)/[^/]+/(variables|localVariables)(/([^/]+))?(/data)?");
  /** Moving a case's tokens (with or without variables): the case would skip its deadlines. */
  static final Pattern MODIFICATION_PATH = Pattern.compile(
      "(.*/)?(process-instance/[^/]+/modification(-async)?|modification/execute(-async)?"
          + "|process-instance/variables-async)");
  static final Pattern INSTANCE_MODIFICATION = Pattern.compile("(.*/)?process-instance/([^/]+)/modification(-async)?");
  static final Pattern ONE_TASK = Pattern.compile("(.*/)?task/([^/]+)(/[^/]+)?");
  static final Pattern FORM_SUBMISSION = Pattern.compile("(.*/)?task/([^/]+)/(submit-form|complete)");
  static final Pattern TASK_UPDATE = Pattern.compile("(.*/)?task/([^/]+)");
  static final Pattern START = Pattern.compile("(.*/)?process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)"
      + "/(start|submit-form)");
  /** Java or XML objects, bytes and files: never from a person (a Spin JSON of any class is a class instantiated). */
  static final Set<String> OBJECT_TYPES = Set.of("Object", "Bytes", "File", "Xml");

  private WorkerWrites() {
  }

  /** A task, execution or process instance a path writes to, by its id. */
  record Target(String resource, String id) {
  }

  /** Where a write goes when the path names one task, execution or process instance. */
  static Optional<Target> target(String path) {
    Matcher variables = VARIABLES_PATH.matcher(path);
    if (variables.matches()) {
      String[] segments = path.split("/");
      for (int i = 0; i + 2 < segments.length; i++) {
        if (segments[i + 2].equals(variables.group(3))) {
          return Optional.of(new Target(segments[i], segments[i + 1]));
        }
      }
    }
    Matcher modification = INSTANCE_MODIFICATION.matcher(path);
    if (modification.matches()) {
      return Optional.of(new Target("process-instance", modification.group(2)));
    }
    Matcher task = ONE_TASK.matcher(path);
    return task.matches() && !task.group(2).equals("create") ? Optional.of(new Target("task", task.group(2)))
        : Optional.empty();
  }

  /** The task a form is submitted for, or empty when the path is not a form submission. */
  static Optional<String> submittedTask(String method, String path) {
    Matcher matcher = FORM_SUBMISSION.matcher(path);
    return "POST".equals(method) && matcher.matches() ? Optional.of(matcher.group(2)) : Optional.empty();
  }

  /** The task a {@code PUT /task/{id}} updates. */
  static Optional<String> updatedTask(String method, String path) {
    Matcher matcher = TASK_UPDATE.matcher(path);
    return "PUT".equals(method) && matcher.matches() && !matcher.group(2).equals("create")
        ? Optional.of(matcher.group(2)) : Optional.empty();
  }

  /**
   * The problems of a write that are not about a task's form: bean names for everybody; for a person who
   * is not an administrator, any other way of writing variables, and objects of any class.
   */
  static List<ApiError> check(String method, String path, JsonNode body, boolean administrator) {
    InputCheck check = new InputCheck();
    Map<String, JsonNode> variables = variables(body);
    Matcher single = VARIABLES_PATH.matcher(path);
    if (single.matches() && single.group(5) != null) {
      variables.put(single.group(5), body == null ? NullNode.getInstance() : body);
    }
    variables.keySet().stream().filter(BeanNames::isBean).forEach(name -> check.add(name, "NOT_WRITABLE",
        "a variable may not be named like one of the application's components (it would replace it in the case)",
        "變數名稱不得與系統元件同名（將取代該元件，使案件流程停擺）"));
    if (administrator) {
      return check.errors();
    }
    variables.forEach((name, variable) -> {
      if (variable != null && OBJECT_TYPES.contains(variable.path("type").asText())) {
        check.add(name, "WRONG_TYPE", "objects, bytes and files are not variables a person writes",
            "不得以物件、位元組或檔案型態寫入變數");
      }
    });
    boolean submission = submittedTask(method, path).isPresent() || START.matcher(path).matches();
    boolean direct = single.matches() || MODIFICATION_PATH.matcher(path).matches();
    if (direct || !submission) {
      List<String> names = variables.isEmpty() && direct ? List.of("variables") : List.copyOf(variables.keySet());
      names.forEach(name -> check.add(name, "NOT_WRITABLE",
          "a case's variables change only through the form of its task (or an administrator)",
          "案件資料僅得經由其工作表單異動（或由系統管理員為之）"));
    }
    return check.errors(); // a form submission's variables are TaskSubmissions' to judge
  }

  static void neverWritten(String name, InputCheck check) {
    check.add(name, "NOT_WRITABLE", "the case's identity, county and deadline dates are not a worker's to change",
        "案件之身分、管轄縣市及法定期限起算資料，不得由承辦人員修改");
  }

  /** Every variable a body names, at any depth. */
  static Map<String, JsonNode> variables(JsonNode body) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    collect(body, found, 0);
    return found;
  }

  private static void collect(JsonNode node, Map<String, JsonNode> found, int depth) {
    if (node == null || depth > 8) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, found, depth + 1));
      return;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = node.get(name);
      if (VARIABLE_MAPS.contains(name) && value.isObject()) {
        value.fields().forEachRemaining(entry -> found.put(entry.getKey(), entry.getValue()));
      } else {
        collect(value, found, depth + 1);
      }
    }
  }
}
