package tw.childprotection.flow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Check digits of every identity-number format the intakes accept (SPEC, "Identity numbers"). */
class NationalIdTest {

  @ParameterizedTest(name = "{0} ({1}) is valid")
  @CsvSource({
      "A123456789, national ID male (SPEC sample)",
      "F223456786, national ID female",
      "Z198765436, national ID with a letter valued 33",
      "A800000014, resident certificate new format male (since 2021-01-02)",
      "K901234560, resident certificate new format female",
      "AC01234567, resident certificate old format (valid until 2031)",
      "FD87654322, resident certificate old format second letter D",
      "AB12345677, resident certificate old format second letter B"})
  void validNumbersPass(String id, String kind) {
    assertThat(NationalId.check(id)).isEmpty();
  }

  @ParameterizedTest(name = "{0} has a wrong check digit")
  @ValueSource(strings = {"A123456788", "F223456787", "A800000015", "K901234561", "AC01234568", "AB12345670"})
  void aWrongCheckDigitIsInvalidChecksum(String id) {
    assertThat(NationalId.check(id)).contains(NationalId.Problem.INVALID_CHECKSUM);
  }

  @ParameterizedTest(name = "''{0}'' is not a number of any format")
  @ValueSource(strings = {"", "a123456789", "A323456789", "A12345678", "A1234567890", "AE12345678",
      "1A23456789", "A12345678X", "Ａ123456789"})
  void anythingElseIsInvalidFormat(String id) {
    assertThat(NationalId.check(id)).contains(NationalId.Problem.INVALID_FORMAT);
  }

  @org.junit.jupiter.api.Test
  void nothingIsInvalidFormat() {
    assertThat(NationalId.check(null)).contains(NationalId.Problem.INVALID_FORMAT);
  }
}
