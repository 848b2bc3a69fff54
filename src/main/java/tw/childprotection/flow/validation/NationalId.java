package tw.childprotection.flow.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Taiwan national ID (身分證統一編號) and resident certificate numbers (居留證統一證號): the new
 * format since 2021-01-02 (second character 8/9) and the old one (second character A–D, valid until
 * 2031), all with the same check digit.
 */
public final class NationalId {

  public enum Problem { INVALID_FORMAT, INVALID_CHECKSUM }

  private static final Pattern NATIONAL_ID = Pattern.compile("^[A-Z][12]\\d{8}$");
  private static final Pattern RESIDENT_NEW = Pattern.compile("^[A-Z][89]\\d{8}$");
  private static final Pattern RESIDENT_OLD = Pattern.compile("^[A-Z][A-D]\\d{8}$");
  /** Letter values A=10 … Z=33 in the official, non-alphabetical order. */
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

  private NationalId() {
  }

  /** Empty when valid; otherwise what is wrong with it. */
  public static Optional<Problem> check(String id) {
    if (id == null) {
      return Optional.of(Problem.INVALID_FORMAT);
    }
    boolean oldResident = RESIDENT_OLD.matcher(id).matches();
    if (!oldResident && !NATIONAL_ID.matcher(id).matches() && !RESIDENT_NEW.matcher(id).matches()) {
      return Optional.of(Problem.INVALID_FORMAT);
    }
    int letter = letterValue(id.charAt(0));
    int sum = letter / 10 + (letter % 10) * 9;
    // old resident certificates: the second letter counts as the units digit of its letter value
    int second = oldResident ? letterValue(id.charAt(1)) % 10 : id.charAt(1) - '0';
    sum += second * 8;
    for (int i = 2; i <= 8; i++) {
      sum += (id.charAt(i) - '0') * (9 - i);
    }
    sum += id.charAt(9) - '0';
    return sum % 10 == 0 ? Optional.empty() : Optional.of(Problem.INVALID_CHECKSUM);
  }

  private static int letterValue(char letter) {
    return LETTERS.indexOf(letter) + 10;
  }
}
