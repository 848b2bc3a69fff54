package tw.childprotection.flow.validation;

/**
 * What text from outside may contain. The longest values our tables and the engine's variables keep
 * (a process variable holds at most 4 000 characters) bound every limit; the characters refused are
 * those no person types and a database either rejects (NUL on PostgreSQL) or stores as garbage (a
 * lone half of a surrogate pair).
 */
public final class TextRules {

  /** A person's name (child, guardian, reporter). */
  public static final int NAME = 50;
  /** An agency's or school's name. */
  public static final int AGENCY = 100;
  /** A postal address. */
  public static final int ADDRESS = 200;
  /** A telephone number as written (+886 2 2345-6789 #123). */
  public static final int PHONE = 30;
  /** Free text of a report (the reason, 辦法 第2條). */
  public static final int REASON = 2000;
  /** Guardians of one referral. */
  public static final int GUARDIANS = 10;
  /** A referral's {@code details}, written back as JSON. */
  public static final int DETAILS_JSON = 2000;

  private TextRules() {
  }

  /** No control characters (line breaks and tabs allowed when {@code multiLine}) and no lone surrogates. */
  public static boolean clean(String value, boolean multiLine) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(ch)) {
        return false;
      } else if (ch == '\n' || ch == '\r' || ch == '\t') {
        if (!multiLine) {
          return false;
        }
      } else if (Character.isISOControl(ch) || ch == '\uFFFE' || ch == '\uFFFF') {
        return false;
      }
    }
    return true;
  }
}
