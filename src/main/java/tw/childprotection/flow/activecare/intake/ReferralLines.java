package tw.childprotection.flow.activecare.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.InputCheck;

/**
 * An agency transmission cut into referrals, one per line, numbered as the agency's file numbers them
 * (NDJSON: line 1 is the first referral; CSV: line 1 is the header). A line that cannot be read is
 * reported on its own; only a CSV without the columns it needs refuses the whole transmission.
 */
@Component
class ReferralLines {

  static final List<String> CSV_COLUMNS = List.of("source", "childNationalId", "childName", "childBirthDate",
      "childSex", "registeredCounty", "registeredAddress", "guardianNationalId", "guardianName", "guardianRelation",
      "guardianPhone");
  static final List<String> CSV_REQUIRED = List.of("source", "childNationalId", "childName", "childBirthDate",
      "registeredCounty");

  private final ObjectMapper json;

  ReferralLines(ObjectMapper json) {
    this.json = json;
  }

  record Line(int number, ReferralRequest request, List<ApiError> errors) {
  }

  List<Line> ndjson(String body) {
    List<Line> lines = new ArrayList<>();
    String[] rows = withoutBom(body).split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].isBlank()) {
        continue;
      }
      try {
        lines.add(new Line(i + 1, json.readValue(rows[i], ReferralRequest.class), List.of()));
      } catch (Exception e) {
        // the parser's message may quote the line, which carries a national ID: never pass it on
        lines.add(new Line(i + 1, null, List.of(new ApiError("", "UNREADABLE",
            "this line is not one JSON referral object of the CONTRACT §3 shape",
            "此行不是一筆符合 CONTRACT §3 格式的 JSON 轉介資料"))));
      }
    }
    return lines;
  }

  List<Line> csv(String body) {
    String[] rows = withoutBom(body).split("\r?\n", -1);
    List<String> header = rows.length == 0 ? List.of() : fields(rows[0]).stream().map(String::trim).toList();
    InputCheck check = new InputCheck();
    header.stream().filter(column -> header.indexOf(column) != header.lastIndexOf(column)).distinct()
        .forEach(column -> check.add("header", "DUPLICATE_COLUMN", "the CSV header names the column " + column
            + " more than once; which one counts would be a guess", "CSV 標題列重複列出欄位 " + column));
    for (String column : CSV_REQUIRED) {
      if (!header.contains(column)) {
        check.add("header", "MISSING_COLUMN", "the CSV header must name the column " + column
            + " (columns: " + String.join(",", CSV_COLUMNS) + ")", "CSV 標題列缺少欄位 " + column);
      }
    }
    check.throwIfInvalid();
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i < rows.length; i++) {
      if (rows[i].isBlank()) {
        continue;
      }
      List<String> values = fields(rows[i]);
      if (values.size() != header.size()) {
        lines.add(new Line(i + 1, null, List.of(new ApiError("", "WRONG_COLUMN_COUNT",
            "this line has " + values.size() + " fields, the header " + header.size(),
            "此行有 " + values.size() + " 個欄位，與標題列的 " + header.size() + " 個不符"))));
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String value = values.get(c).trim();
        row.put(header.get(c), value.isEmpty() ? null : value);
      }
      lines.add(new Line(i + 1, request(row), List.of()));
    }
    return lines;
  }

  private static ReferralRequest request(Map<String, String> row) {
    List<ReferralRequest.Guardian> guardians = row.get("guardianName") == null && row.get("guardianNationalId") == null
        ? List.of()
        : List.of(new ReferralRequest.Guardian(row.get("guardianNationalId"), row.get("guardianName"),
            row.get("guardianRelation"), row.get("guardianPhone")));
    return new ReferralRequest(row.get("source"),
        new ReferralRequest.Child(row.get("childNationalId"), row.get("childName"), row.get("childBirthDate"),
            row.get("childSex")),
        row.get("registeredCounty"), row.get("registeredAddress"), guardians, Map.of());
  }

  /** RFC 4180 fields of one line: commas inside double quotes, "" for a quote. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static String withoutBom(String body) {
    return body.startsWith("\uFEFF") ? body.substring(1) : body;
  }
}
