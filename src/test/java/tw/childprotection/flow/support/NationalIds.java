package tw.childprotection.flow.support;

/** Valid national ID numbers for tests: a fresh serial per child keeps earlier tests' children apart. */
public final class NationalIds {

  /** Letter values of the national ID checksum (SPEC: A10 B11 … I34 … O35 … Z33). */
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 1};

  private NationalIds() {
  }

  /** {@code letter}, {@code sexDigit} (1 male, 2 female), seven digits of {@code serial}, the check digit. */
  public static String valid(char letter, char sexDigit, int serial) {
    String body = "" + letter + sexDigit + String.format("%07d", serial % 10_000_000);
    int value = LETTERS.indexOf(letter) + 10;
    int sum = value / 10 + (value % 10) * 9;
    for (int i = 0; i < 8; i++) {
      sum += (body.charAt(i + 1) - '0') * WEIGHTS[i];
    }
    return body + (10 - sum % 10) % 10;
  }
}
