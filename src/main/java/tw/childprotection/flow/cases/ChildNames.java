package tw.childprotection.flow.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The process instances whose child's name matches, newest first, in the counties given: the candidates of a
 * search by name. Whether the user may see each one stays the engine's answer (CaseViews asks the engine for
 * them by id, under the user's authentication).
 *
 * <p>Asked of the engine's history here, not with the engine's {@code variableValueLike}: that query filters the
 * county on the process instance, after reading every matching name of the country, so a search of two
 * characters read some 1,500 rows nationally to show a county's 136, and the engine then read the newest 200 of
 * them in full where at most 50 cases are shown. The county is a column of the name's own row, and the index of
 * db/changelog/016 holds both: the search reads the county's matches only (docs/benchmarks.md, "The county's names
 * only"; ADR 0018).
 */
@Repository
class ChildNames {

  private final NamedParameterJdbcTemplate jdbc;

  ChildNames(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A process instance whose child's name matched, and its case (its business key; null if not a case's). */
  record Candidate(String instanceId, String caseId) {
  }

  /**
   * The process instances whose {@link CaseVariables#CHILD_NAME} is like one of {@code patterns}, newest first,
   * page {@code offset}/{@code limit}; in {@code counties} (a case always belongs to one: none when the list is
   * empty), or in every county when there is no list.
   */
  List<Candidate> newest(List<String> patterns, Optional<List<String>> counties, int offset, int limit) {
    if (counties.isPresent() && counties.get().isEmpty()) {
      return List.of();
    }
    return jdbc.query(sql(patterns.size(), counties.isPresent()), parameters(patterns, counties, offset, limit),
        (row, i) -> {
          String key = row.getString(2);
          return new Candidate(row.getString(1), key != null && CaseId.parse(key).isPresent() ? key : null);
        });
  }

  /** The statement of {@link #newest}, for {@code patterns} patterns, with or without the counties. */
  static String sql(int patterns, boolean counties) {
    List<String> likes = new ArrayList<>();
    for (int i = 0; i < patterns; i++) {
      likes.add("v.TEXT_ LIKE :pattern" + i);
    }
    return "SELECT p.ID_, p.BUSINESS_KEY_ FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p"
        + " ON p.PROC_INST_ID_ = v.PROC_INST_ID_"
        // the name as a literal, not a parameter: the index of 016 holds only its rows, and PostgreSQL uses a
        // partial index only in a plan made for that value
        + " WHERE v.NAME_ = '" + CaseVariables.CHILD_NAME + "' AND v.VAR_TYPE_ = 'string'"
        + " AND (" + String.join(" OR ", likes) + ")"
        + (counties ? " AND v.TENANT_ID_ IN (:counties)" : "")
        + " GROUP BY p.ID_, p.BUSINESS_KEY_, p.START_TIME_ ORDER BY p.START_TIME_ DESC, p.ID_"
        + " LIMIT :limit OFFSET :offset";
  }

  static Map<String, Object> parameters(List<String> patterns, Optional<List<String>> counties, int offset,
      int limit) {
    Map<String, Object> parameters = new HashMap<>();
    for (int i = 0; i < patterns.size(); i++) {
      parameters.put("pattern" + i, patterns.get(i));
    }
    parameters.put("limit", limit);
    parameters.put("offset", offset);
    counties.ifPresent(c -> parameters.put("counties", c));
    return parameters;
  }

  /**
   * The first {@code wanted} cases the user may see among the candidates, in the candidates' order: page after
   * page of them, each page's instances narrowed by {@code visible}, until enough cases are found or no candidate is
   * left. The first page holds {@code firstPage} candidates, each next one twice as many as the one before: a user
   * who sees them all reads one page, one who sees only some of a county's cases (need to know) reaches the oldest
   * in a few.
   */
  static List<String> firstVisibleCases(BiFunction<Integer, Integer, List<Candidate>> candidates,
      Function<Set<String>, Set<String>> visible, int firstPage, int wanted) {
    Set<String> found = new LinkedHashSet<>();
    for (int offset = 0, size = firstPage; found.size() < wanted; offset += size, size *= 2) {
      List<Candidate> page = candidates.apply(offset, size);
      if (!page.isEmpty()) {
        Set<String> seen = visible.apply(page.stream().map(Candidate::instanceId)
            .collect(Collectors.toCollection(LinkedHashSet::new)));
        page.stream().filter(c -> seen.contains(c.instanceId()) && c.caseId() != null)
            .map(Candidate::caseId).forEach(found::add);
      }
      if (page.size() < size) {
        break;
      }
    }
    return found.stream().limit(wanted).toList();
  }
}
