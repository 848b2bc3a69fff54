package tw.childprotection.flow.deadlines;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the government office calendar in the format of the Directorate-General of Personnel
 * Administration's open data (政府行政機關辦公日曆表, data set 14718): header
 * {@code 西元日期,星期,是否放假,備註}, dates {@code YYYYMMDD}, flag {@code 0} working day and
 * {@code 2} day off. Official files are UTF-8 in recent years and Big5 in older ones; both are read.
 */
final class GovernmentCalendarCsv {

  static final String HEADER_FIRST_COLUMN = "西元日期";
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private GovernmentCalendarCsv() {
  }

  /** Day → working day? for every row of one file; a bad row fails with the file and line named. */
  static Map<LocalDate, Boolean> parse(byte[] content, String source) {
    String text = decode(content);
    Map<LocalDate, Boolean> days = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNumber = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (i == 0 || line.startsWith(HEADER_FIRST_COLUMN)) {
        if (!line.startsWith(HEADER_FIRST_COLUMN)) {
          throw invalid(source, lineNumber, "expected the header 西元日期,星期,是否放假,備註");
        }
        continue;
      }
      String[] columns = line.split(",", -1);
      if (columns.length < 3) {
        throw invalid(source, lineNumber, "expected 西元日期,星期,是否放假,備註");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(stripQuotes(columns[0]), DATE);
      } catch (DateTimeParseException e) {
        throw invalid(source, lineNumber, "date '" + columns[0] + "' is not YYYYMMDD");
      }
      String flag = stripQuotes(columns[2]);
      switch (flag) {
        case "0" -> days.put(date, true);
        case "2" -> days.put(date, false);
        default -> throw invalid(source, lineNumber, "是否放假 must be 0 (working day) or 2 (day off), not '" + flag + "'");
      }
    }
    if (days.isEmpty()) {
      throw invalid(source, 1, "no days in the file");
    }
    return days;
  }

  private static String stripQuotes(String value) {
    String v = value.strip();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }

  private static String decode(byte[] content) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return new String(content, Charset.forName("Big5"));
    }
  }

  private static IllegalArgumentException invalid(String source, int line, String reason) {
    return new IllegalArgumentException("Government calendar " + source + " line " + line + ": " + reason);
  }
}
