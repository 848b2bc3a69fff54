package tw.childprotection.flow.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which request paths read or change a case's personal data, and which id in them names the case: our
 * case API and the Tasklist case tab name the case, Camunda's REST APIs ({@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine}) name a task, a process instance or an execution. What is recorded
 * is the path's template ({@code /engine-rest/task/{taskId}/form-variables}), never its values.
 */
final class AccessPaths {

  enum Access { READ, CHANGE }

  enum IdKind { CASE, TASK, PROCESS_INSTANCE, EXECUTION }

  /** One request seen as an access: what it names, and how it is recorded. */
  record Target(IdKind kind, String id, Access access, String channel, String template) {
  }

  private record Channel(String name, Pattern prefix) {
  }

  /** {@code ours}: a path of our API or the case tab, not of Camunda's; {@code readsData}: a read counts. */
  private record Rule(Pattern path, IdKind kind, boolean readsData, boolean ours) {
  }

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final List<Channel> CHANNELS = List.of(
      new Channel("API", Pattern.compile("^(/api/v1)(/.*)$")),
      new Channel("ENGINE_REST", Pattern.compile("^(/engine-rest)(/.*)$")),
      new Channel("WEBAPP_ENGINE", Pattern.compile("^(/camunda/api/engine/engine/[^/]+)(/.*)$")),
      new Channel("TASKLIST_CASE_TAB", Pattern.compile("^(/camunda/api/tasklist/plugin/casework/[^/]+)(/.*)$")));
  /** Sub-resources that hold or take the case's data; any change under a task or instance counts too. */
  private static final String TASK_DATA = "variables|localVariables|form-variables|rendered-form|submit-form"
      + "|complete|resolve|comment|attachment";
  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("^/cases/([^/]+)(/(?!access-log$).*)?$"), IdKind.CASE, true, true),
      new Rule(Pattern.compile("^/tasks/([^/]+)/(case|card|draft)$"), IdKind.TASK, true, true),
      new Rule(Pattern.compile("^/task/([^/]+)/(" + TASK_DATA + ")(/.*)?$"), IdKind.TASK, true, false),
      new Rule(Pattern.compile("^/task/([^/]+)(/.*)?$"), IdKind.TASK, false, false),
      new Rule(Pattern.compile("^/process-instance/([^/]+)/variables(/.*)?$"), IdKind.PROCESS_INSTANCE, true, false),
      new Rule(Pattern.compile("^/process-instance/([^/]+)(/.*)?$"), IdKind.PROCESS_INSTANCE, false, false),
      new Rule(Pattern.compile("^/execution/([^/]+)/(localVariables|variables)(/.*)?$"), IdKind.EXECUTION, true, false),
      new Rule(Pattern.compile("^/history/process-instance/([^/]+)$"), IdKind.PROCESS_INSTANCE, true, false));
  /** History queries of one instance: {@code /history/variable-instance?processInstanceId=…} and the like. */
  private static final Pattern HISTORY_QUERY =
      Pattern.compile("^/history/(variable-instance|detail|task|activity-instance|identity-link-log)$");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

  private AccessPaths() {
  }

  /** A search for a child ({@code GET …/cases?q=}): its channel and template, if this request is one. */
  static Optional<Target> search(String method, String path, String q) {
    if (!READS.contains(method) || q == null) {
      return Optional.empty();
    }
    for (Channel channel : CHANNELS) {
      Matcher prefix = channel.prefix().matcher(path);
      boolean ourOwn = channel.name().equals("API") || channel.name().equals("TASKLIST_CASE_TAB");
      if (ourOwn && prefix.matches() && prefix.group(2).equals("/cases")) {
        return Optional.of(new Target(IdKind.CASE, null, Access.READ, channel.name(), path + "?q={q}"));
      }
    }
    return Optional.empty();
  }

  /** The access this request is, if it is one; {@code parameter} reads a query parameter. */
  static Optional<Target> of(String method, String path, Function<String, String> parameter) {
    for (Channel channel : CHANNELS) {
      Matcher prefix = channel.prefix().matcher(path);
      if (prefix.matches()) {
        return of(method, channel, prefix.group(1), prefix.group(2), parameter);
      }
    }
    return Optional.empty();
  }

  private static Optional<Target> of(String method, Channel channel, String prefix, String rest,
      Function<String, String> parameter) {
    boolean read = READS.contains(method);
    Access access = read ? Access.READ : Access.CHANGE;
    boolean ourOwn = channel.name().equals("API") || channel.name().equals("TASKLIST_CASE_TAB");
    for (Rule rule : RULES) {
      Matcher m = rule.path().matcher(rest);
      if (rule.ours() != ourOwn || !m.matches() || read && !rule.readsData()) {
        continue;
      }
      String id = m.group(1);
      if (rule.kind() != IdKind.CASE && !HAS_DIGIT.matcher(id).matches()) {
        continue; // a collection (/task/count, /process-instance/suspended), not one task or instance
      }
      return Optional.of(new Target(rule.kind(), id, access, channel.name(), prefix + template(rest, id, rule)));
    }
    Matcher history = HISTORY_QUERY.matcher(rest);
    String instance = parameter.apply("processInstanceId");
    if (!ourOwn && read && history.matches() && instance != null && !instance.isBlank()) {
      return Optional.of(new Target(IdKind.PROCESS_INSTANCE, instance, access, channel.name(),
          prefix + rest + "?processInstanceId={processInstanceId}"));
    }
    return Optional.empty();
  }

  /** The path with its ids and names taken out: {@code /task/{taskId}/variables/{name}}. */
  private static String template(String rest, String id, Rule rule) {
    String placeholder = switch (rule.kind()) {
      case CASE -> "{caseId}";
      case TASK -> "{taskId}";
      case PROCESS_INSTANCE -> "{processInstanceId}";
      case EXECUTION -> "{executionId}";
    };
    String[] segments = rest.split("/", -1);
    StringBuilder template = new StringBuilder();
    boolean idDone = false;
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      String previous = segments[i - 1];
      if (!idDone && segment.equals(id)) {
        segment = placeholder;
        idDone = true;
      } else if (idDone && (HAS_DIGIT.matcher(segment).matches() || previous.endsWith("ariables")
          || previous.equals("attachment") || previous.equals("attachments"))) {
        segment = "{" + (previous.endsWith("ariables") ? "name" : "id") + "}";
      }
      template.append('/').append(segment);
    }
    return template.toString();
  }
}
