package tw.childprotection.flow.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.deadlines.Deadlines;

/**
 * What a completed step decided, in the words of its form: "調查結果：查有實據；已移送地檢署：是".
 * Only fields a form records are told (never the variables the process keeps for itself), a national
 * ID is never repeated, and free text is cut short: the timeline says what happened, the task's
 * own history keeps the rest.
 */
@Component
public class StepOutcome {

  static final Pattern NATIONAL_ID = Pattern.compile("[A-Z][1289ABCD]\\d{8}");
  static final String HIDDEN_ID = "〔身分證號不顯示〕";
  private static final int LONGEST_TEXT = 200;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final FormLabels labels;
  private final ObjectMapper json = new ObjectMapper();

  StepOutcome(FormLabels labels) {
    this.labels = labels;
  }

  /** The outcome of one step from the variables it set, in the order they were set; null when none. */
  public String of(Map<String, Object> variables) {
    List<String> parts = new ArrayList<>();
    variables.forEach((name, value) -> {
      if (value == null || name.toLowerCase(Locale.ROOT).contains("nationalid")) {
        return;
      }
      labels.field(name).ifPresent(field -> {
        String told = tell(value, field);
        if (!told.isBlank()) {
          parts.add(field.label() + "：" + told);
        }
      });
    });
    return parts.isEmpty() ? null : String.join("；", parts);
  }

  private String tell(Object value, FormLabels.Field field) {
    if (value instanceof Boolean yes) {
      return yes ? "是" : "否";
    }
    if (value instanceof Date date) {
      return MINUTE.format(date.toInstant().atZone(Deadlines.TAIWAN));
    }
    String text = value.toString();
    if (text.startsWith("[")) {
      List<String> chosen = new ArrayList<>();
      try {
        for (JsonNode item : json.readTree(text)) {
          chosen.add(field.options().getOrDefault(item.asText(), item.asText()));
        }
        return hide(String.join("、", chosen));
      } catch (Exception notAList) {
        // plain text that happens to start with a bracket
      }
    }
    String told = field.options().getOrDefault(text, text);
    return hide(told.length() > LONGEST_TEXT ? told.substring(0, LONGEST_TEXT) + "…" : told);
  }

  static String hide(String text) {
    return NATIONAL_ID.matcher(text).replaceAll(HIDDEN_ID);
  }
}
