package tw.childprotection.flow.activecare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.NationalIds;

/**
 * The same child referred by several agencies at the same moment (on one node or several sharing the
 * database) opens one case: the database decides, the others join it. Run on H2 and on PostgreSQL.
 */
abstract class ReferralRaceChecks extends ApiTest {

  @Test
  void eightReferralsOfTheSameChildAtTheSameMomentOpenOneCase() throws Exception {
    ObjectNode referral = json.createObjectNode().put("source", "NHI_UNINSURED").put("registeredCounty", "TPE");
    referral.putObject("child").put("nationalId", NationalIds.valid('P', '2', (int) (System.nanoTime() % 9_000_000)))
        .put("name", "王小明").put("birthDate", LocalDate.now(Deadlines.TAIWAN).minusYears(2).toString());
    long cases = cases();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> http.postJson("/api/v1/active-care/referrals", "nhia", referral.toString())));
      }
      Set<String> caseIds = new HashSet<>();
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        statuses.add(response.statusCode());
        caseIds.add(json.readTree(response.body()).path("caseId").asText(response.body()));
      }
      assertThat(caseIds).as("one case for the child").hasSize(1);
      assertThat(statuses).as("one opened it, seven joined").containsOnlyOnce(201)
          .filteredOn(status -> status != 201).containsOnly(200);
      assertThat(cases()).isEqualTo(cases + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  private long cases() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ActiveCareCase.PROCESS_KEY)
        .count();
  }
}
