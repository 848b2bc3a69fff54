package tw.childprotection.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.FixtureCases;
import tw.childprotection.flow.support.PostgresPlatformTest;
import tw.childprotection.flow.support.ProtectionReports;

/**
 * The candidates of a search by name on PostgreSQL (db/changelog/016, ADR 0018): the county's names only, newest
 * first, a page at a time, read through the index that holds the county beside the name's trigrams.
 */
@PostgresPlatformTest
class ChildNamesPostgresTest {

  @Autowired ChildNames names;
  @Autowired CaseNumbers numbers;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  @Test
  void aCountysNamesNewestFirstAndNoOtherCountys() {
    String name = ProtectionReports.freshName();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String older;
    String khh;
    String newer;
    try {
      older = start(County.TPE, name, now.minus(3, ChronoUnit.MINUTES));
      khh = start(County.KHH, name, now.minus(2, ChronoUnit.MINUTES));
      newer = start(County.TPE, name, now.minus(1, ChronoUnit.MINUTES));
    } finally {
      ClockUtil.reset();
    }
    List<String> whole = List.of("%" + name + "%");

    assertThat(ids(names.newest(whole, Optional.of(List.of("TPE")), 0, 10))).containsExactly(newer, older);
    assertThat(ids(names.newest(whole, Optional.of(List.of("KHH")), 0, 10))).containsExactly(khh);
    assertThat(ids(names.newest(whole, Optional.of(List.of("TPE", "KHH")), 0, 10))).containsExactly(newer, khh,
        older);
    assertThat(ids(names.newest(whole, Optional.empty(), 0, 10))).containsExactly(newer, khh, older);
    assertThat(ids(names.newest(whole, Optional.of(List.of()), 0, 10))).isEmpty();
    assertThat(ids(names.newest(whole, Optional.of(List.of("TPE")), 1, 1))).containsExactly(older);
    assertThat(names.newest(whole, Optional.of(List.of("KHH")), 0, 10)).extracting(ChildNames.Candidate::caseId)
        .singleElement().asString().startsWith("CP-KHH-");
    String start = name.substring(0, 2);
    String end = name.substring(name.length() - 2);
    assertThat(ids(names.newest(List.of(start + "%", "%" + end), Optional.of(List.of("TPE")), 0, 1000)))
        .contains(newer, older).doesNotContain(khh).doesNotHaveDuplicates();
    assertThat(ids(names.newest(List.of("%" + end), Optional.of(List.of("TPE")), 0, 1000))).contains(newer, older);
  }

  @Test
  void theCountyAndTheNameAreLookedUpInOneIndex() throws Exception {
    String plan;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      String counties = Arrays.stream(County.values()).map(County::code).collect(Collectors.joining("','"));
      // cases enough for the planner to choose (22 counties' 44,000 children), gone again at the rollback
      connection.createStatement().execute("INSERT INTO act_hi_varinst (id_, name_, var_type_, text_, tenant_id_,"
          + " proc_inst_id_, rev_) SELECT 'plan-' || i, 'childName', 'string', chr(19968 + i % 500)"
          + " || chr(19968 + i % 37) || chr(20000 + i % 113), (ARRAY['" + counties + "'])[1 + i % 22], 'plan-' || i, 1"
          + " FROM generate_series(1, 44000) i");
      connection.createStatement().execute("INSERT INTO act_hi_procinst (id_, proc_inst_id_, proc_def_id_,"
          + " start_time_) SELECT 'plan-' || i, 'plan-' || i, 'plan', now() FROM generate_series(1, 44000) i");
      connection.createStatement().execute("ANALYZE act_hi_varinst");
      connection.createStatement().execute("ANALYZE act_hi_procinst");
      NamedParameterJdbcTemplate one = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection,
          true));
      plan = String.join("\n", one.queryForList("EXPLAIN " + ChildNames.sql(2, true), ChildNames.parameters(
          List.of("陳怡%", "%陳怡"), Optional.of(List.of("TPE")), 0, 200), String.class));
      connection.rollback();
    }

    assertThat(plan).contains("cpf_idx_hi_var_child_name_county").containsPattern("Index Cond: .*tenant_id_");
    List<String> indexes = new NamedParameterJdbcTemplate(dataSource).queryForList(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'act_hi_varinst'",
        Map.of(), String.class);
    assertThat(indexes).as("015's index of names alone, replaced").contains("cpf_idx_hi_var_child_name_county")
        .doesNotContain("cpf_idx_hi_var_child_name");
  }

  private static List<String> ids(List<ChildNames.Candidate> candidates) {
    return candidates.stream().map(ChildNames.Candidate::instanceId).toList();
  }

  private String start(County county, String childName, Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    FixtureCases.deploy(engine);
    String caseId = numbers.next(CaseKind.PROTECTION, county, LocalDate.now()).toString();
    return engine.getRuntimeService().startProcessInstanceByKey(FixtureCases.PROCESS, caseId,
        Map.of("county", county.code(), CaseVariables.CHILD_NAME, childName)).getId();
  }
}
