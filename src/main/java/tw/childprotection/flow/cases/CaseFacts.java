package tw.childprotection.flow.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The facts of a case a person needs before any step: who the child is and why the case exists
 * (the Art. 53 items and reason of a report, or the active-care categories it was referred for).
 * Read from the variables the intake put on the case's own process.
 */
public record CaseFacts(CaseView.Child child, String reason, String openedBy, List<String> linkedCases) {

  static final List<String> VARIABLES = List.of(CaseVariables.CHILD_NAME, CaseVariables.CHILD_BIRTH_DATE,
      CaseVariables.CHILD_SEX, "article53ItemsText",
      "reason", "referralSources", "source", "reportedByUser", "referredByUser", "activeCareCaseId",
      "protectionCaseId");

  private static final Map<String, String> SOURCES = Map.of(
      "BIRTH_REGISTRATION", "戶政機關逕為出生登記",
      "HOUSEHOLD_RELOCATION", "戶政機關逕遷戶籍至戶政事務所",
      "OVERDUE_VACCINATION", "逾期未完成預防接種",
      "NHI_UNINSURED", "未納入健保逾1年",
      "LOW_INCOME_DISABLED_PARENT", "父母領有精神或智能類身心障礙證明之低收入或中低收入戶");

  /** The facts of the process instance {@code processInstanceId} (the case's own, not a part run for it). */
  static CaseFacts read(HistoryService history, String processInstanceId) {
    Map<String, Object> v = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).variableNameIn(VARIABLES.toArray(String[]::new)).list()) {
      if (variable.getValue() != null) {
        v.put(variable.getName(), variable.getValue());
      }
    }
    CaseView.Child child = child(v);
    String opener = v.containsKey("reportedByUser") ? text(v, "reportedByUser") : text(v, "referredByUser");
    List<String> linked = new ArrayList<>();
    if (v.containsKey("activeCareCaseId")) {
      linked.add("主動關懷個案 " + text(v, "activeCareCaseId"));
    }
    if (v.containsKey("protectionCaseId")) {
      linked.add("兒少保護個案 " + text(v, "protectionCaseId"));
    }
    return new CaseFacts(child, reason(v) == null ? null : StepOutcome.hide(reason(v)), opener, List.copyOf(linked));
  }

  /** Who each of these process instances (cases' own) is about, by process instance id: one query for all. */
  static Map<String, CaseView.Child> children(HistoryService history, List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
        .variableNameIn(CaseVariables.CHILD_NAME, CaseVariables.CHILD_BIRTH_DATE, CaseVariables.CHILD_SEX).list()) {
      if (variable.getValue() != null) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    Map<String, CaseView.Child> children = new HashMap<>();
    processInstanceIds.forEach(id -> children.put(id, child(byInstance.getOrDefault(id, Map.of()))));
    return children;
  }

  private static CaseView.Child child(Map<String, Object> v) {
    return new CaseView.Child(text(v, CaseVariables.CHILD_NAME), text(v, CaseVariables.CHILD_BIRTH_DATE),
        text(v, CaseVariables.CHILD_SEX));
  }

  private static String reason(Map<String, Object> v) {
    if (v.containsKey("article53ItemsText")) {
      String items = text(v, "article53ItemsText");
      String basis = items.isBlank() ? "" : "兒童及少年福利與權益保障法第53條第1項第" + items.replace(",", "、") + "款";
      String reason = text(v, "reason");
      return reason == null || reason.isBlank() ? basis : basis + "：" + reason;
    }
    String sources = v.containsKey("referralSources") ? text(v, "referralSources") : text(v, "source");
    if (sources == null) {
      return null;
    }
    return "主動關懷：" + Arrays.stream(sources.split(",")).map(s -> SOURCES.getOrDefault(s, s))
        .collect(Collectors.joining("、"));
  }

  /** The child's age in whole years and months on {@code day}, e.g. "2歲3個月"; null without a birth date. */
  public String age(LocalDate day) {
    if (child.birthDate() == null) {
      return null;
    }
    Period age = Period.between(LocalDate.parse(child.birthDate()), day);
    return age.getYears() + "歲" + age.getMonths() + "個月";
  }

  private static String text(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }
}
