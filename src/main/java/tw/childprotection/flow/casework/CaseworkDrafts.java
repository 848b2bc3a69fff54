package tw.childprotection.flow.casework;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.validation.InputCheck;

/**
 * 儲存 on a task's form (issue 11): the values typed so far kept with the task on the server, for the
 * people who may see the task, instead of in the browser's storage of a shared office computer.
 */
@Service
public class CaseworkDrafts {

  private final CaseDesk desk;
  private final TaskDrafts drafts;
  private final ObjectMapper json = new ObjectMapper();

  CaseworkDrafts(CaseDesk desk, TaskDrafts drafts) {
    this.desk = desk;
    this.drafts = drafts;
  }

  /** The saved values of the task, or an empty object when nothing was saved. */
  public Object find(String taskId) {
    desk.visibleTask(taskId);
    return drafts.find(taskId).map(d -> Map.of("savedBy", d.savedBy(), "savedAt", CaseDesk.taiwan(d.savedAt()),
        "values", read(d.content()))).orElse(Map.of());
  }

  public Object save(String taskId, String values) {
    Task task = desk.visibleTask(taskId);
    InputCheck check = new InputCheck();
    if (check.required("values", values) && values.length() > TaskDrafts.MOST_CHARACTERS) {
      check.add("values", "TOO_LONG", "a draft keeps a form's values only", "草稿僅保存表單欄位");
    }
    if (values != null && !values.isBlank() && !isObject(values)) {
      check.add("values", "MALFORMED_JSON", "the form's values as one JSON object", "表單欄位須為 JSON 物件");
    }
    check.throwIfInvalid();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    drafts.save(taskId, desk.caseOf(task).toString(), desk.currentUser(), now, values);
    return Map.of("savedAt", CaseDesk.taiwan(now));
  }

  public Object drop(String taskId) {
    desk.visibleTask(taskId);
    drafts.delete(taskId);
    return Map.of();
  }

  private Object read(String content) {
    try {
      return json.readTree(content);
    } catch (Exception e) {
      return Map.of();
    }
  }

  private boolean isObject(String values) {
    try {
      return json.readTree(values).isObject();
    } catch (Exception e) {
      return false;
    }
  }
}
