package tw.childprotection.flow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.people.County;

/** The field checks every intake uses: each problem named by field, in English and Chinese. */
class InputCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  final InputCheck check = new InputCheck();

  @Test
  void collectsEveryProblemBeforeFailing() {
    check.nationalId("child.nationalId", "A123456788");
    check.pastDate("child.birthDate", "2026-13-01", TODAY);
    check.county("registeredCounty", "TAIPEI");
    check.required("child.name", " ");

    assertThat(check.errors()).extracting(ApiError::field, ApiError::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("child.nationalId", "INVALID_CHECKSUM"),
        org.assertj.core.groups.Tuple.tuple("child.birthDate", "INVALID_DATE"),
        org.assertj.core.groups.Tuple.tuple("registeredCounty", "UNKNOWN_COUNTY"),
        org.assertj.core.groups.Tuple.tuple("child.name", "REQUIRED"));
    assertThat(check.errors()).allSatisfy(e -> {
      assertThat(e.message()).isNotBlank();
      assertThat(e.messageZh()).containsPattern("\\p{IsHan}");
    });
    assertThatThrownBy(check::throwIfInvalid).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aBirthDateInTheFutureIsRefused() {
    assertThat(check.pastDate("child.birthDate", "2026-11-23", TODAY)).isEmpty();
    assertThat(check.errors()).extracting(ApiError::code).containsExactly("DATE_IN_FUTURE");
  }

  @Test
  void validValuesPassAndAreReturnedParsed() {
    assertThat(check.pastDate("child.birthDate", "2023-05-01", TODAY)).contains(LocalDate.of(2023, 5, 1));
    assertThat(check.county("registeredCounty", "KHH")).contains(County.KHH);
    assertThat(check.dateTime("knownAt", "2026-11-20T09:30:00+08:00")).isPresent();
    check.nationalId("child.nationalId", "A123456789");
    assertThat(check.isValid()).isTrue();
  }

  @Test
  void aTimeWithoutOffsetIsAmbiguousAndRefused() {
    assertThat(check.dateTime("knownAt", "2026-11-20T09:30:00")).isEmpty();
    assertThat(check.errors()).extracting(ApiError::code).containsExactly("INVALID_DATETIME");
  }
}
