package tw.childprotection.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.people.County;

/**
 * Issue 12, hole 2: case numbers came from one national sequence, so a county's case id told how many
 * cases the whole country had. Each kind of case in each county now has its own sequence: another county's
 * cases do not move a county's numbers, two nodes drawing at once never collide, and a database upgraded
 * from the national sequence never gives an id again.
 */
abstract class CaseNumbersChecks {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final int DRAWS_PER_THREAD = 200;

  /** The application's database, where Liquibase made the sequences. */
  abstract DataSource database();

  /** A second node's own connections to the same database. */
  abstract DataSource secondNode();

  /** A database (or schema) of its own, empty, for the upgrade. */
  abstract Connection emptyDatabase() throws Exception;

  @Test
  void anotherCountysCasesDoNotMoveACountysNumbers() throws Exception {
    CaseNumbers numbers = new CaseNumbers(database());
    long first = numbers.next(CaseKind.PROTECTION, County.PEN, TODAY).number();
    for (int i = 0; i < 7; i++) {
      numbers.next(CaseKind.PROTECTION, County.KIN, TODAY);
      numbers.next(CaseKind.ACTIVE_CARE, County.PEN, TODAY);
    }
    CaseId second = numbers.next(CaseKind.PROTECTION, County.PEN, TODAY);

    assertThat(second.number()).isEqualTo(first + 1);
    assertThat(second.toString()).matches("CP-PEN-2026-\\d{6}");
  }

  @Test
  void twoNodesDrawingAtOnceGetDistinctNumbersWithoutGaps() throws Exception {
    List<CaseNumbers> nodes = List.of(new CaseNumbers(database()), new CaseNumbers(secondNode()));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Long>>> draws = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      CaseNumbers node = nodes.get(t % 2);
      Callable<List<Long>> draw = () -> {
        go.await();
        List<Long> drawn = new ArrayList<>();
        for (int i = 0; i < DRAWS_PER_THREAD; i++) {
          drawn.add(node.next(CaseKind.ACTIVE_CARE, County.LIE, TODAY).number());
        }
        return drawn;
      };
      draws.add(threads.submit(draw));
    }
    go.countDown();
    Set<Long> distinct = new TreeSet<>();
    int total = 0;
    for (Future<List<Long>> f : draws) {
      List<Long> drawn = f.get(60, TimeUnit.SECONDS);
      total += drawn.size();
      distinct.addAll(drawn);
    }
    threads.shutdown();

    assertThat(total).isEqualTo(4 * DRAWS_PER_THREAD);
    assertThat(distinct).hasSize(total);
    long lowest = ((TreeSet<Long>) distinct).first();
    assertThat(((TreeSet<Long>) distinct).last()).isEqualTo(lowest + total - 1);
  }

  @Test
  void anUpgradedDatabaseStartsEveryCountyAboveTheLastNationalNumber() throws Exception {
    try (Connection connection = emptyDatabase()) {
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE SEQUENCE cpf_case_number_seq START WITH 1 INCREMENT BY 1");
      }
      assertThat(startValues(connection)).as("a new database starts at 1").containsOnly("1");
      try (Statement s = connection.createStatement()) {
        for (int i = 0; i < 41; i++) {
          s.execute(nextValue(connection));
        }
      }
      assertThat(startValues(connection)).as("after national number 41").containsOnly("42");
    }
  }

  private static List<String> startValues(Connection connection) throws Exception {
    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    SqlStatement[] statements = new CountyCaseNumberSequences().generateStatements(database);
    List<String> creates = Arrays.stream(statements).map(st -> ((RawSqlStatement) st).getSql())
        .filter(sql -> sql.startsWith("CREATE SEQUENCE")).toList();
    assertThat(creates).hasSize(CaseKind.values().length * County.values().length);
    return creates.stream().map(sql -> sql.replaceAll(".* START WITH (\\d+) .*", "$1")).toList();
  }

  private static String nextValue(Connection connection) throws Exception {
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    return postgres ? "SELECT nextval('cpf_case_number_seq')" : "SELECT NEXT VALUE FOR cpf_case_number_seq";
  }
}
