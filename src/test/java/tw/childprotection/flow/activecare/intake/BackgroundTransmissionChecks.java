package tw.childprotection.flow.activecare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.NationalIds;

/**
 * Issue 14 item 6: a transmission of more lines than are answered at once (500; lines-per-job 100) is
 * accepted (202), recorded, and judged in the background by transmissionProcessing.bpmn's jobs; its sender
 * reads its progress and each line's result; a job that dies half-way (its transaction never commits, as in
 * a crash) is simply run again, and every line is processed exactly once.
 * Run on H2 ({@code BackgroundTransmissionH2Test}) and PostgreSQL ({@code BackgroundTransmissionPostgresTest}).
 */
abstract class BackgroundTransmissionChecks extends ApiTest {

  static final AtomicInteger SERIAL = new AtomicInteger(47_891_000);
  static final String BATCH = "/api/v1/active-care/referrals/batch";

  @Autowired PlatformTransactionManager transactions;

  @Test
  void aLargeTransmissionIsAcceptedAtOnceThenJudgedLineByLineByTheEnginesJobs() throws Exception {
    List<String> children = children(500);
    List<String> lines = new ArrayList<>();
    children.forEach(child -> lines.add(line(child)));
    lines.add(3, line(children.get(0)));
    lines.add("{not json");
    lines.add(line("A123456788"));
    long cases = cases();

    HttpResponse<String> response = http.post(BATCH + "?expected=503", "nhia", "application/x-ndjson",
        String.join("\n", lines) + "\n");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonNode accepted = json.readTree(response.body());
    String id = accepted.get("transmissionId").asText();
    assertThat(response.headers().firstValue("Location")).contains(BATCH + "/" + id);
    assertThat(accepted.get("status").asText()).isEqualTo("PROCESSING");
    assertThat(accepted.get("received").asInt()).isEqualTo(503);
    assertThat(accepted.get("processed").asInt()).as("only the unreadable line is judged").isEqualTo(1);
    assertThat(accepted.get("complete").asBoolean()).isTrue();
    assertThat(cases()).as("nothing started in the request").isEqualTo(cases);

    int jobs = runJobs(id);

    assertThat(jobs).as("lines 1-3 (line 4 repeats line 1's child: the next job's), 4-103, …, 404-503, closing")
        .isEqualTo(7);
    JsonNode done = progress(id, "nhia");
    assertThat(done.get("status").asText()).isEqualTo("DONE");
    assertThat(done.get("processed").asInt()).isEqualTo(503);
    assertThat(done.get("accepted").asInt()).isEqualTo(500);
    assertThat(done.get("duplicates").asInt()).isEqualTo(1);
    assertThat(done.get("rejected").findValuesAsText("line")).containsExactly("502", "503");
    assertThat(done.get("rejected").get(1).get("errors").get(0).get("code").asText()).isEqualTo("INVALID_CHECKSUM");
    assertThat(cases()).as("%s", engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ActiveCareCase.PROCESS_KEY).list().stream().map(p -> p.getBusinessKey()).toList())
        .isEqualTo(cases + 500);
    JsonNode page = json.readTree(http.get(BATCH + "/" + id + "/lines?from=3&limit=3", "nhia").body());
    assertThat(page.get("lines").findValuesAsText("outcome")).containsExactly("ACCEPTED", "DUPLICATE", "ACCEPTED");
    assertThat(http.get(BATCH + "/" + id + "/lines?limit=5000", "nhia").statusCode()).isEqualTo(400);
    assertThat(http.get(BATCH + "/" + id, "cdc").statusCode()).as("another sender").isEqualTo(404);
    assertThat(http.get(BATCH + "/" + id, "admin").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cpf_transmission_line WHERE transmission_id = ?"
        + " AND referral IS NOT NULL", Long.class, id)).as("no referral kept once judged").isZero();
  }

  @Test
  void aJobThatDiesHalfWayIsRunAgainAndEveryLineIsProcessedExactlyOnce() throws Exception {
    List<String> children = children(510);
    long cases = cases();
    String id = json.readTree(http.post(BATCH, "nhia", "application/x-ndjson",
        String.join("\n", children.stream().map(this::line).toList())).body()).get("transmissionId").asText();
    engine.getManagementService().executeJob(nextJob(id).getId());
    assertThat(progress(id, "nhia").get("processed").asInt()).isEqualTo(100);

    Job second = nextJob(id);
    new TransactionTemplate(transactions).executeWithoutResult(crash -> {
      engine.getManagementService().executeJob(second.getId());
      assertThat(cases()).as("the chunk did its work").isEqualTo(cases + 200);
      crash.setRollbackOnly(); // the node dies before the job's transaction commits
    });

    assertThat(progress(id, "nhia").get("processed").asInt()).as("as if the chunk never ran").isEqualTo(100);
    assertThat(cases()).isEqualTo(cases + 100);
    assertThat(nextJob(id).getId()).as("the same job waits to run again").isEqualTo(second.getId());
    runJobs(id);

    JsonNode done = progress(id, "nhia");
    assertThat(done.get("status").asText()).isEqualTo("DONE");
    assertThat(done.get("accepted").asInt()).isEqualTo(510);
    assertThat(done.get("duplicates").asInt()).isZero();
    assertThat(cases()).isEqualTo(cases + 510);
    for (String child : children) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cpf_active_care_referral WHERE child_national_id = ?",
          Long.class, child)).as("one referral per line").isEqualTo(1);
    }
  }

  @Test
  void aSmallTransmissionIsStillAnsweredAtOnce() throws Exception {
    HttpResponse<String> response = http.post(BATCH, "nhia", "application/x-ndjson",
        String.join("\n", children(2).stream().map(this::line).toList()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json.readTree(response.body());
    assertThat(answer.get("accepted").asInt()).isEqualTo(2);
    assertThat(answer.has("transmissionId")).isFalse();
  }

  private int runJobs(String id) {
    int n = 0;
    for (Job job = nextJob(id); job != null; job = nextJob(id)) {
      engine.getManagementService().executeJob(job.getId());
      n++;
    }
    return n;
  }

  private Job nextJob(String id) {
    String instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NationalProcesses.TRANSMISSION_PROCESSING_KEY).processInstanceBusinessKey("TXP-" + id)
        .singleResult() == null ? null : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("TXP-" + id).singleResult().getId();
    return instance == null ? null
        : engine.getManagementService().createJobQuery().processInstanceId(instance).executable().singleResult();
  }

  private JsonNode progress(String id, String user) throws Exception {
    HttpResponse<String> response = http.get(BATCH + "/" + id, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private long cases() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ActiveCareCase.PROCESS_KEY)
        .count();
  }

  private String line(String childId) {
    ObjectNode referral = json.createObjectNode();
    referral.put("source", "NHI_UNINSURED");
    referral.putObject("child").put("nationalId", childId).put("name", "王小明")
        .put("birthDate", LocalDate.now(Deadlines.TAIWAN).minusYears(2).toString()).put("sex", "M");
    referral.put("registeredCounty", "TPE");
    return referral.toString();
  }

  private static List<String> children(int n) {
    List<String> children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      children.add(NationalIds.valid('K', '1', SERIAL.getAndIncrement()));
    }
    return children;
  }
}
