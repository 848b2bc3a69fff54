package tw.childprotection.flow.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
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
 * characters read some 1,500 rows nationally to show a county's 136, and the engine then read every one of them
 * in full where only the newest 50 cases are shown. The county is a column of the name's own
 * row, and the index of db/changelog/016 holds both: the search reads the county's matches only
 * (docs/benchmarks.md, "Case search over years of history"; ADR 0018).
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
   * page {@code offset}/{@code limit}; in {@code counties} (a case always belongs to one), or in every county when
   * empty.
   */
  List<Candidate> newest(List<String> patterns, Optional<List<String>> counties, int offset, int limit) {
    if (counties.isPresent() && counties.get().isEmpty()) {
      return List.of();
    }
    return jdbc.query(sql(patterns.size(), counties.isPresent()), parameters(patterns, counties, offset, limit),
        (row, i) -> new Candidate(row.getString(1), CaseId.parse(String.valueOf(row.getString(2))).isPresent()
            ? row.getString(2) : null));
  }

  /** The statement of {@link #newest}, for {@code patterns} patterns, with or without the counties. */
  static String sql(int patterns, boolean counties) {
    List<String> likes = new ArrayList<>();
    for (int i = 0; i < patterns; i++) {
      likes.add("v.TEXT_ LIKE :pattern" + i);
    }
    return "SELECT p.ID_, p.BUSINESS_KEY_ FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p"
        + " ON p.PROC_INST_ID_ = v.PROC_INST_ID_"
        + " WHERE v.NAME_ = :name AND v.VAR_TYPE_ = 'string' AND (" + String.join(" OR ", likes) + ")"
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
    parameters.put("name", CaseVariables.CHILD_NAME);
    parameters.put("limit", limit);
    parameters.put("offset", offset);
    counties.ifPresent(c -> parameters.put("counties", c));
    return parameters;
  }

  /**
   * The first {@code wanted} cases the user may see among the candidates, in the candidates' order: page after
   * page of {@code pageSize} candidates, each page's instances narrowed by {@code visible}, until enough cases are
   * found or no candidate is left. A user who sees only some of a county's cases (need to know) still finds the
   * older ones; one who sees them all reads one page.
   */
  static List<String> firstVisibleCases(IntFunction<List<Candidate>> candidates,
      Function<Set<String>, Set<String>> visible, int pageSize, int wanted) {
    Set<String> found = new LinkedHashSet<>();
    for (int offset = 0; found.size() < wanted; offset += pageSize) {
      List<Candidate> page = candidates.apply(offset);
      if (!page.isEmpty()) {
        Set<String> seen = visible.apply(page.stream().map(Candidate::instanceId)
            .collect(Collectors.toCollection(LinkedHashSet::new)));
        page.stream().filter(c -> seen.contains(c.instanceId()) && c.caseId() != null)
            .map(Candidate::caseId).forEach(found::add);
      }
      if (page.size() < pageSize) {
        break;
      }
    }
    return found.stream().limit(wanted).toList();
  }
}
