package tw.childprotection.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.cases.ChildNames.Candidate;

/** How a name search pages its candidates (ChildNames): the cases the user may see, newest first, none lost. */
class FirstVisibleTest {

  private final List<Integer> asked = new ArrayList<>();
  private final List<Integer> sizes = new ArrayList<>();
  private final List<Set<String>> engineAsked = new ArrayList<>();

  /** Instances i0 (newest) … i{n-1}, each of its own case c0 … c{n-1}, a page of them at each offset. */
  private List<Candidate> candidates(int n, int offset, int pageSize) {
    asked.add(offset);
    sizes.add(pageSize);
    return IntStream.range(offset, Math.min(n, offset + pageSize)).mapToObj(i -> new Candidate("i" + i, "c" + i))
        .toList();
  }

  private Set<String> engine(Set<String> ids, Set<String> mayBeSeen) {
    engineAsked.add(ids);
    return ids.stream().filter(mayBeSeen::contains).collect(Collectors.toSet());
  }

  private static Set<String> all(int n) {
    return IntStream.range(0, n).mapToObj(i -> "i" + i).collect(Collectors.toSet());
  }

  @Test
  void aUserWhoSeesEveryCandidateReadsOnePage() {
    List<String> found = ChildNames.firstVisibleCases((offset, size) -> candidates(500, offset, size),
        ids -> engine(ids, all(500)), 50, 50);

    assertThat(found).hasSize(50).startsWith("c0", "c1").endsWith("c49");
    assertThat(asked).containsExactly(0);
    assertThat(engineAsked).hasSize(1).allSatisfy(ids -> assertThat(ids).hasSize(50));
  }

  @Test
  void aUserWhoSeesFewReadsOnUntilTheCandidatesEndAndFindsTheOldestInPagesTwiceAsLargeEachTime() {
    List<String> found = ChildNames.firstVisibleCases((offset, size) -> candidates(2000, offset, size),
        ids -> engine(ids, Set.of("i3", "i250", "i1999")), 50, 50);

    assertThat(found).containsExactly("c3", "c250", "c1999");
    assertThat(asked).containsExactly(0, 50, 150, 350, 750, 1550);
    assertThat(sizes).containsExactly(50, 100, 200, 400, 800, 1600);
  }

  @Test
  void itStopsAtTheWantedNumberInTheCandidatesOrder() {
    Set<String> even = IntStream.range(0, 1000).filter(i -> i % 2 == 0).mapToObj(i -> "i" + i)
        .collect(Collectors.toCollection(HashSet::new));

    List<String> found = ChildNames.firstVisibleCases((offset, size) -> candidates(1000, offset, size),
        ids -> engine(ids, even), 3, 4);

    assertThat(found).containsExactly("c0", "c2", "c4", "c6");
    assertThat(asked).containsExactly(0, 3);
    assertThat(sizes).containsExactly(3, 6);
  }

  @Test
  void aCaseOfSeveralInstancesCountsOnceAndAnInstanceOfNoCaseNotAtAll() {
    List<Candidate> page = List.of(new Candidate("i0", "c0"), new Candidate("i1", "c0"), new Candidate("i2", null),
        new Candidate("i3", "c3"));

    List<String> found = ChildNames.firstVisibleCases((offset, size) -> offset == 0 ? page : List.of(),
        ids -> engine(ids, all(4)), 4, 2);

    assertThat(found).containsExactly("c0", "c3");
  }

  @Test
  void noCandidatesNoQuestionOfTheEngine() {
    List<String> found = ChildNames.firstVisibleCases((offset, size) -> List.of(), ids -> engine(ids, all(1)), 50, 50);

    assertThat(found).isEmpty();
    assertThat(engineAsked).isEmpty();
  }

  @Test
  void aFullLastPageAsksOnceMoreAndStopsOnItsEmptyAnswer() {
    List<String> found = ChildNames.firstVisibleCases((offset, size) -> candidates(150, offset, size),
        ids -> engine(ids, Set.of()), 50, 50);

    assertThat(found).isEmpty();
    assertThat(asked).containsExactly(0, 50, 150);
  }
}
