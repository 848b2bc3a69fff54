package tw.childprotection.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a name search asks of the index (db/changelog/015): LIKE patterns it can answer from trigrams. */
class NamePatternsTest {

  @Test
  void threeCharactersOrMoreAreLookedForAnywhereInTheName() {
    assertThat(CaseViews.namePatterns("怡家安")).containsExactly("%怡家安%");
    assertThat(CaseViews.namePatterns("歐陽怡安")).containsExactly("%歐陽怡安%");
  }

  @Test
  void twoCharactersAreLookedForAtTheStartAndTheEndOfTheName() {
    assertThat(CaseViews.namePatterns("陳怡")).containsExactly("陳怡%", "%陳怡");
  }

  @Test
  void aCharacterOutsideTheBasicPlaneCountsAsOne() {
    // 𥚃 (U+25683) is two UTF-16 units: with one character more it is a name's two characters, not three
    assertThat(CaseViews.namePatterns("𥚃安")).containsExactly("𥚃安%", "%𥚃安");
  }
}
