package tw.childprotection.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.PostgresAvailable;
import tw.childprotection.flow.support.PostgresPlatformTest;

/** Two nodes (two connection pools) drawing case numbers at the same moment never collide. */
@PostgresPlatformTest
class CaseNumbersPostgresTest {

  static final int DRAWS_PER_THREAD = 200;

  @Test
  void twoNodesStartingCasesAtOnceGetDistinctCaseIds() throws Exception {
    try (HikariDataSource node1 = pool(); HikariDataSource node2 = pool()) {
      List<CaseNumbers> nodes = List.of(new CaseNumbers(node1), new CaseNumbers(node2));
      ExecutorService threads = Executors.newFixedThreadPool(4);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<String>>> draws = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        CaseNumbers node = nodes.get(t % 2);
        Callable<List<String>> draw = () -> {
          go.await();
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < DRAWS_PER_THREAD; i++) {
            ids.add(node.next(CaseKind.PROTECTION, County.KHH, LocalDate.of(2026, 11, 22)).toString());
          }
          return ids;
        };
        draws.add(threads.submit(draw));
      }
      go.countDown();
      Set<String> distinct = new HashSet<>();
      int total = 0;
      for (Future<List<String>> f : draws) {
        List<String> ids = f.get(60, TimeUnit.SECONDS);
        total += ids.size();
        distinct.addAll(ids);
      }
      threads.shutdown();

      assertThat(total).isEqualTo(4 * DRAWS_PER_THREAD);
      assertThat(distinct).hasSize(total);
      assertThat(distinct).allMatch(id -> id.matches("CP-KHH-2026-\\d{6,}"));
    }
  }

  private static HikariDataSource pool() {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(PostgresAvailable.schemaUrl());
    ds.setUsername(PostgresAvailable.USER);
    ds.setPassword(PostgresAvailable.PASSWORD);
    ds.setMaximumPoolSize(2);
    return ds;
  }
}
