package tw.childprotection.flow.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.InvalidInputException;

/**
 * Reads a case for the API. Whether the case exists for this user is the engine's tenant check under
 * the user's own authentication: another county's case is simply not found. A user who may see any
 * part of a case — after a transfer (辦法 第14條) the old county sees the instance it ran, the new
 * county the one it runs — reads the whole case, so its history stays readable from both sides.
 */
@Service
public class CaseViews {

  /** Most cases one search answers: a person narrows a longer list by typing more. */
  static final int MOST_FOUND = 50;
  private static final Pattern CASE_NUMBER_PART = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]*)+$");
  private static final Pattern NATIONAL_ID = Pattern.compile("^[A-Z][1289ABCD]\\d{8}$");

  private final HistoryService history;
  private final TaskService tasks;
  private final DeadlineRegistry deadlines;
  private final CaseTransfers transfers;
  private final EngineAsSystem system;
  private final CaseTimeline timeline;
  private final ChildNames names;
  private final CurrentUser user;

  CaseViews(HistoryService history, TaskService tasks, DeadlineRegistry deadlines, CaseTransfers transfers,
      EngineAsSystem system, CaseTimeline timeline, ChildNames names, CurrentUser user) {
    this.history = history;
    this.tasks = tasks;
    this.deadlines = deadlines;
    this.transfers = transfers;
    this.system = system;
    this.timeline = timeline;
    this.names = names;
    this.user = user;
  }

  /** The case, if the current user may see any part of it (the engine's tenant and history checks). */
  public Optional<CaseView> find(CaseId caseId) {
    if (!visible(caseId)) {
      return Optional.empty();
    }
    return Optional.of(system.call(() -> read(caseId)));
  }

  /** Whether the current user may see any part of the case. */
  public boolean visible(CaseId caseId) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count() > 0;
  }

  /** Who the case is about and why it exists, for a user who may see it. */
  public Optional<CaseFacts> facts(CaseId caseId) {
    if (!visible(caseId)) {
      return Optional.empty();
    }
    return Optional.of(system.call(() -> CaseFacts.read(history, Parts.of(history, caseId).current().getId())));
  }

  /**
   * Cases of the current user's counties (national agencies: every county), running or closed, whose
   * number contains {@code q}, whose child has national ID {@code q}, or whose child's name contains it.
   */
  public CaseView.Search search(String q) {
    String query = q == null ? "" : q.strip().replace("%", "").replace("_", "").replace("\\", "");
    if (query.codePointCount(0, query.length()) < 2 || query.length() > 40) {
      InputCheck check = new InputCheck();
      check.add("q", "INVALID_LENGTH", "search for 2 to 40 characters: a case number, a national ID or a name",
          "請輸入 2 至 40 個字：案號、身分證統一編號或姓名");
      throw new InvalidInputException(check.errors());
    }
    String upper = query.toUpperCase(Locale.ROOT);
    Set<String> keys = new LinkedHashSet<>();
    // a whole case number or national ID names its cases: looked up as it is (by the index), and no child's
    // name is written like one, so the names are not searched for it
    boolean whole = CaseId.parse(upper).isPresent() || NATIONAL_ID.matcher(upper).matches();
    if (CaseId.parse(upper).isPresent()) {
      keys.addAll(caseNumbers(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(upper)));
    } else if (CASE_NUMBER_PART.matcher(upper).matches()) {
      keys.addAll(caseNumbers(history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyLike("%" + upper + "%")));
    }
    if (NATIONAL_ID.matcher(upper).matches()) {
      keys.addAll(caseNumbers(history.createHistoricProcessInstanceQuery().variableValueEquals(
          CaseVariables.CHILD_NATIONAL_ID, upper)));
    }
    if (!whole) {
      keys.addAll(named(namePatterns(query)));
    }
    List<CaseId> ids = keys.stream().limit(MOST_FOUND).map(key -> CaseId.parse(key).orElseThrow()).toList();
    return new CaseView.Search(ids.isEmpty() ? List.of() : system.call(() -> summaries(ids)));
  }

  /**
   * The names that hold {@code words}: three characters or more anywhere in the name; two (a surname and the first
   * of the given name, or the given name) at its start or its end, which is every two of a three-character name.
   * The index that answers them (db/changelog/016) finds a name by its runs of three characters, a name's start
   * and end counting as one: two characters in the middle of a longer name have none it could look up.
   */
  static List<String> namePatterns(String words) {
    return words.codePointCount(0, words.length()) > 2 ? List.of("%" + words + "%")
        : List.of(words + "%", "%" + words);
  }

  /**
   * The newest cases the user may see whose child's name is like one of {@code patterns}: the candidates of the
   * user's counties (every county for an administrator, as the engine's tenant check), each page of them narrowed
   * by the engine's tenant and authorization checks. The administrators are the engine's only admin group,
   * camunda-admin (no adminUsers or other adminGroups are configured); a user the engine took for one more would
   * find, by name, only the cases of the user's own counties.
   */
  private List<String> named(List<String> patterns) {
    Optional<List<String>> counties = user.administrator() ? Optional.empty() : Optional.of(user.counties());
    return ChildNames.firstVisibleCases((offset, size) -> names.newest(patterns, counties, offset, size),
        ids -> history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list().stream()
            .map(HistoricProcessInstance::getId).collect(Collectors.toSet()), MOST_FOUND, MOST_FOUND);
  }

  private static List<String> caseNumbers(HistoricProcessInstanceQuery query) {
    return caseNumbers(newest(query));
  }

  private static List<HistoricProcessInstance> newest(HistoricProcessInstanceQuery query) {
    return query.orderByProcessInstanceStartTime().desc().listPage(0, 4 * MOST_FOUND);
  }

  private static List<String> caseNumbers(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getBusinessKey)
        .filter(key -> key != null && CaseId.parse(key).isPresent()).distinct().toList();
  }

  /** Each case found, in the order found: its parts in one query, its children's facts in another. */
  private List<CaseView.Found> summaries(List<CaseId> ids) {
    Map<String, List<HistoricProcessInstance>> byCase = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(ids.stream().map(CaseId::toString).toArray(String[]::new))
        .orderByProcessInstanceStartTime().asc().list().stream()
        .collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey));
    Map<CaseId, Parts> parts = new LinkedHashMap<>();
    ids.stream().filter(id -> byCase.containsKey(id.toString()))
        .forEach(id -> parts.put(id, Parts.of(id, byCase.get(id.toString()))));
    Map<String, CaseView.Child> children = CaseFacts.children(history,
        parts.values().stream().map(p -> p.current().getId()).toList());
    return parts.entrySet().stream().map(e -> new CaseView.Found(e.getKey().toString(), e.getKey().kind(),
        e.getValue().current().getTenantId(), e.getValue().status(),
        children.get(e.getValue().current().getId()))).toList();
  }

  /** The process instances of one case, oldest first, and the one of the county handling it now. */
  record Parts(List<HistoricProcessInstance> all, List<HistoricProcessInstance> roots,
      HistoricProcessInstance current) {

    static Parts of(HistoryService history, CaseId caseId) {
      return of(caseId, history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
          .orderByProcessInstanceStartTime().asc().list());
    }

    /** From the case's process instances, oldest first. */
    static Parts of(CaseId caseId, List<HistoricProcessInstance> all) {
      List<HistoricProcessInstance> roots = all.stream().filter(p -> p.getSuperProcessInstanceId() == null)
          .toList();
      // the county handling it now: the case's own process (not a part another county ran for it, such
      // as stepping in where a missing child was found), running (the newest, after a transfer), else the last
      List<HistoricProcessInstance> own = roots.stream()
          .filter(p -> caseId.kind().processKey().equals(p.getProcessDefinitionKey())).toList();
      List<HistoricProcessInstance> candidates = own.isEmpty() ? roots : own;
      HistoricProcessInstance current = candidates.stream().filter(p -> p.getEndTime() == null)
          .reduce((first, second) -> second).orElse(candidates.get(candidates.size() - 1));
      return new Parts(all, roots, current);
    }

    CaseView.Status status() {
      return roots.stream().anyMatch(p -> p.getEndTime() == null) ? CaseView.Status.OPEN : CaseView.Status.CLOSED;
    }
  }

  private CaseView read(CaseId caseId) {
    String key = caseId.toString();
    Parts parts = Parts.of(history, caseId);
    HistoricProcessInstance current = parts.current();
    CaseFacts facts = CaseFacts.read(history, current.getId());
    List<CaseView.OpenTask> openTasks = tasks.createTaskQuery().processInstanceBusinessKey(key)
        .orderByDueDate().asc().list().stream().map(this::openTask).toList();
    List<CaseView.Deadline> caseDeadlines = deadlines.forCase(key).stream()
        .map(d -> new CaseView.Deadline(d.code().name(), d.basis(), taiwan(d.startedAt()), taiwan(d.dueAt()),
            d.status().name()))
        .toList();
    List<CaseView.Transfer> caseTransfers = transfers.forCase(key).stream()
        .map(t -> new CaseView.Transfer(t.fromCounty(), t.toCounty(), taiwan(t.transferredAt()), t.reason()))
        .toList();
    List<CaseView.Step> steps = timeline.of(key, parts.all(), facts).stream()
        .map(e -> new CaseView.Step(taiwan(e.at()), e.step(), e.by(), e.outcome())).toList();
    return new CaseView(key, caseId.kind(), current.getTenantId(), parts.status(), facts.child(), steps, openTasks,
        caseDeadlines, caseTransfers);
  }

  private CaseView.OpenTask openTask(Task task) {
    String group = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
    return new CaseView.OpenTask(task.getId(), task.getName(), group, taiwan(task.getDueDate()), task.getAssignee());
  }

  private static OffsetDateTime taiwan(Date date) {
    return date == null ? null : taiwan(date.toInstant());
  }

  private static OffsetDateTime taiwan(Instant instant) {
    return instant == null ? null : instant.atZone(Deadlines.TAIWAN).toOffsetDateTime();
  }
}
