package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The question every lookup asks: validated, and never showing the child in logs. */
class ChildQueryTest {

  private static final Map<String, Object> DETAILS = Map.of("childName", "王小明", "childBirthDate", "2023-05-01");

  @Test
  void toStringNamesKeyCaseAndCountyButNeitherTheNationalIdNorTheDetails() {
    ChildQuery query = new ChildQuery("pi-1:task:1", "AC-TPE-2026-000001", "TPE", "A123456789", DETAILS);

    assertThat(query.toString()).isEqualTo(
        "ChildQuery[idempotencyKey=pi-1:task:1, caseId=AC-TPE-2026-000001, county=TPE]");
    assertThat(AgencyBody.of(query).toString()).doesNotContain("A123456789", "王小明", "2023-05-01");
  }

  @Test
  void keyCaseIdAndNationalIdAreRequiredAndDetailsAreCopied() {
    assertThatThrownBy(() -> new ChildQuery(null, "AC-TPE-2026-000001", "TPE", "A123456789", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> new ChildQuery("k", " ", "TPE", "A123456789", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseId");
    assertThatThrownBy(() -> new ChildQuery("k", "AC-TPE-2026-000001", "TPE", "", DETAILS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("childNationalId")
        .hasMessageNotContaining("A123456789");
    assertThat(new ChildQuery("k", "AC-TPE-2026-000001", "TPE", "A123456789", null).details()).isEmpty();
  }

  @Test
  void aMatchResultNeedsTheSystemsName() {
    assertThat(MatchResult.none("精神照護資訊管理系統").found()).isFalse();
    assertThatThrownBy(() -> MatchResult.none(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
