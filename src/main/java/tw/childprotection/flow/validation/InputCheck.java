package tw.childprotection.flow.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.childprotection.flow.people.County;

/**
 * Collects every problem of one request before anything is written, each named by its field path
 * (e.g. {@code child.nationalId}) with messages in English and Traditional Chinese. Intakes call the
 * checks they need, then {@link #throwIfInvalid()}.
 */
public class InputCheck {

  private final List<ApiError> errors = new ArrayList<>();

  public boolean required(String field, Object value) {
    boolean present = value != null && !(value instanceof String s && s.isBlank());
    if (!present) {
      add(field, "REQUIRED", "is required", "為必填欄位");
    }
    return present;
  }

  public void nationalId(String field, String value) {
    if (!required(field, value)) {
      return;
    }
    NationalId.check(value).ifPresent(problem -> {
      switch (problem) {
        case INVALID_FORMAT -> add(field, "INVALID_FORMAT",
            "must be a national ID or resident certificate number: one capital letter and nine digits,"
                + " or two capital letters and eight digits (e.g. A123456789)",
            "須為身分證統一編號或居留證統一證號：1 個大寫英文字母加 9 位數字，或 2 個大寫英文字母加 8 位數字（例：A123456789）");
        case INVALID_CHECKSUM -> add(field, "INVALID_CHECKSUM",
            "check digit does not match; please re-check the number", "檢查碼不符，請再核對號碼");
      }
    });
  }

  /** A calendar date YYYY-MM-DD, not after {@code today}. */
  public Optional<LocalDate> pastDate(String field, String value, LocalDate today) {
    if (!required(field, value)) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      add(field, "INVALID_DATE", "must be a date written YYYY-MM-DD (e.g. 2023-05-01)",
          "須為 YYYY-MM-DD 格式的日期（例：2023-05-01）");
      return Optional.empty();
    }
    if (date.isAfter(today)) {
      add(field, "DATE_IN_FUTURE", "must not be later than today", "不得晚於今天");
      return Optional.empty();
    }
    return Optional.of(date);
  }

  /** A moment with its offset, ISO-8601 (e.g. 2026-11-20T09:30:00+08:00). */
  public Optional<OffsetDateTime> dateTime(String field, String value) {
    if (!required(field, value)) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value));
    } catch (DateTimeParseException e) {
      add(field, "INVALID_DATETIME",
          "must be a date and time with offset, e.g. 2026-11-20T09:30:00+08:00",
          "須為含時區的日期時間，例：2026-11-20T09:30:00+08:00");
      return Optional.empty();
    }
  }

  public Optional<County> county(String field, String value) {
    if (!required(field, value)) {
      return Optional.empty();
    }
    Optional<County> county = County.fromCode(value);
    if (county.isEmpty()) {
      add(field, "UNKNOWN_COUNTY", "must be one of the 22 county codes (TPE, NWT, TAO, TXG, TNN, KHH, …)",
          "須為 22 個直轄市、縣(市)代碼之一（TPE、NWT、TAO、TXG、TNN、KHH…）");
    }
    return county;
  }

  /** A value from a fixed list (an enum's names). */
  public <E extends Enum<E>> Optional<E> oneOf(String field, String value, Class<E> type) {
    if (!required(field, value)) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return Optional.of(constant);
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    add(field, "NOT_ALLOWED", "must be one of " + String.join(", ", names),
        "須為下列之一：" + String.join("、", names));
    return Optional.empty();
  }

  /**
   * Optional text of at most {@code max} characters, without control characters (NUL and the like)
   * or halves of a surrogate pair: what the database cannot keep, or keeps as garbage, never reaches it.
   * {@code multiLine} allows line breaks and tabs (a reason, say). True when present and acceptable.
   */
  public boolean text(String field, String value, int max, boolean multiLine) {
    if (value == null) {
      return false;
    }
    if (value.length() > max) {
      add(field, "TOO_LONG", "at most " + max + " characters", "最多 " + max + " 字");
      return false;
    }
    if (!TextRules.clean(value, multiLine)) {
      add(field, "INVALID_CHARACTERS",
          multiLine ? "must not contain control characters (such as NUL) or broken Unicode"
              : "must not contain line breaks, control characters (such as NUL) or broken Unicode",
          multiLine ? "不得包含控制字元（如 NUL）或毀損的 Unicode 字元"
              : "不得包含換行、控制字元（如 NUL）或毀損的 Unicode 字元");
      return false;
    }
    return true;
  }

  /** Required text: {@link #required} and {@link #text}. */
  public boolean requiredText(String field, String value, int max, boolean multiLine) {
    return required(field, value) && text(field, value, max, multiLine);
  }

  public void add(String field, String code, String message, String messageZh) {
    errors.add(new ApiError(field, code, message, messageZh));
  }

  public List<ApiError> errors() {
    return List.copyOf(errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
