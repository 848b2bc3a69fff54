package tw.childprotection.flow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.DISPATCH;
import static tw.childprotection.flow.protection.ChildProtectionCase.SAFETY_ASSESSMENT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_CRIME_INVOLVED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_POLICE_DISCOVERED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_POLICE_INFORMED;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.ProtectionReports;
import tw.childprotection.flow.support.TasklistScenarioTest;
import tw.childprotection.flow.support.WebappUser;

/**
 * The case file, the case owner and drafts (issue 11): documents readable only inside the case's county,
 * every upload in the timeline; the worker who takes a case keeps its social-work tasks until a supervisor
 * reassigns it, with who and why in the timeline; a form's draft kept with the task on the server.
 */
@PlatformTest
class CaseworkApiTest extends TasklistScenarioTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final String SECOND_WORKER = "social3.tpe";

  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void secondSocialWorkerOfTaipei() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(SECOND_WORKER).count() == 0) {
      User user = identity.newUser(SECOND_WORKER);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(SECOND_WORKER, Groups.SOCIAL_WORKER);
      identity.createTenantUserMembership("TPE", SECOND_WORKER);
    }
  }

  @Test
  void documentsAreKeptOnTheCaseReadOnlyInItsCountyAndEachUploadIsInTheTimeline() throws Exception {
    String caseId = newCase();
    HttpResponse<String> posted = upload(caseId, "social.tpe", "application/pdf", "書面通報表.pdf", PDF);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String documentId = json.readTree(posted.body()).get("id").asText();

    JsonNode listed = json.readTree(http.get("/api/v1/cases/" + caseId + "/attachments", "social.tpe").body());
    assertThat(listed.findValuesAsText("fileName")).containsExactly("書面通報表.pdf");
    assertThat(listed.get(0).get("size").asLong()).isEqualTo(PDF.length);
    HttpResponse<byte[]> download = bytes("/api/v1/cases/" + caseId + "/attachments/" + documentId, "supervisor.tpe");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "application/pdf"));

    JsonNode timeline = json.readTree(http.get("/api/v1/cases/" + caseId, "social.tpe").body()).get("timeline");
    assertThat(timeline.toString()).contains("上傳文件", "書面通報表.pdf");

    HttpResponse<String> khhList = http.get("/api/v1/cases/" + caseId + "/attachments", "social.khh");
    assertThat(khhList.statusCode()).isEqualTo(404);
    assertThat(khhList.body()).doesNotContain("書面通報表");
    assertThat(bytes("/api/v1/cases/" + caseId + "/attachments/" + documentId, "social.khh").statusCode())
        .isEqualTo(404);
    assertThat(upload(caseId, "social.khh", "application/pdf", "x.pdf", PDF).statusCode()).isEqualTo(404);
  }

  @Test
  void aDocumentTooLargeOrNotAPdfOrImageIsRefusedAndNothingIsKept() throws Exception {
    String caseId = newCase();
    long before = count("cpf_case_attachment");
    byte[] large = Arrays.copyOf(PDF, CaseDocuments.MOST_BYTES + 1);
    HttpResponse<String> tooLarge = upload(caseId, "social.tpe", "application/pdf", "large.pdf", large);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(json.readTree(tooLarge.body()).get("errors").get(0).get("messageZh").asText()).contains("10 MB");
    assertThat(upload(caseId, "social.tpe", "text/plain", "note.txt", "hello".getBytes(StandardCharsets.UTF_8))
        .statusCode()).isEqualTo(415);
    assertThat(upload(caseId, "social.tpe", "image/png", "fake.png", PDF).statusCode())
        .as("the content must be what its type says").isEqualTo(415);
    HttpResponse<String> unnamed = upload(caseId, "social.tpe", "application/pdf", "", PDF);
    assertThat(unnamed.statusCode()).isEqualTo(400);
    assertThat(unnamed.body()).contains("fileName");
    assertThat(count("cpf_case_attachment")).isEqualTo(before);
    byte[] png = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
        + "hQGAhKmMIQAAAABJRU5ErkJggg==");
    assertThat(upload(caseId, "social.tpe", "image/png", "照片.png", png).statusCode()).isEqualTo(201);
  }

  @Test
  void theWorkerWhoTakesACaseKeepsItsNextStepUntilASupervisorReassignsIt() throws Exception {
    String caseId = newCase();
    dispatch(caseId);
    Task next = openTask(caseId, SAFETY_ASSESSMENT);
    assertThat(next.getAssignee()).as("the next social-work step goes to the worker who took the case")
        .isEqualTo("social.tpe");

    HttpResponse<String> byWorker = http.postJson("/api/v1/cases/" + caseId + "/owner", "social.tpe",
        "{\"to\":\"" + SECOND_WORKER + "\",\"reason\":\"換人\"}");
    assertThat(byWorker.statusCode()).as("only a supervisor reassigns").isEqualTo(403);
    HttpResponse<String> toKaohsiung = http.postJson("/api/v1/cases/" + caseId + "/owner", "supervisor.tpe",
        "{\"to\":\"social.khh\",\"reason\":\"換人\"}");
    assertThat(toKaohsiung.statusCode()).as("never to another county's worker").isEqualTo(400);
    HttpResponse<String> noReason = http.postJson("/api/v1/cases/" + caseId + "/owner", "supervisor.tpe",
        "{\"to\":\"" + SECOND_WORKER + "\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(openTask(caseId, SAFETY_ASSESSMENT).getAssignee()).isEqualTo("social.tpe");

    HttpResponse<String> moved = http.postJson("/api/v1/cases/" + caseId + "/owner", "supervisor.tpe",
        "{\"to\":\"" + SECOND_WORKER + "\",\"reason\":\"原承辦社工調職\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(openTask(caseId, SAFETY_ASSESSMENT).getAssignee()).isEqualTo(SECOND_WORKER);
    JsonNode reassigned = step(caseId, "改派承辦社工");
    assertThat(reassigned.get("by").asText()).isEqualTo("supervisor.tpe");
    assertThat(reassigned.get("outcome").asText()).contains("social.tpe", SECOND_WORKER, "原承辦社工調職");
  }

  @Test
  void aSupervisorMovesAllOfAWorkersCasesAtOnce() throws Exception {
    String first = newCase();
    String second = newCase();
    dispatch(first);
    dispatch(second);
    HttpResponse<String> moved = http.postJson("/api/v1/case-owners/social.tpe/reassign", "supervisor.tpe",
        "{\"to\":\"" + SECOND_WORKER + "\",\"reason\":\"原承辦社工長期病假\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(json.readTree(moved.body()).get("cases").toString()).contains(first, second);
    for (String caseId : new String[] {first, second}) {
      assertThat(openTask(caseId, SAFETY_ASSESSMENT).getAssignee()).isEqualTo(SECOND_WORKER);
      assertThat(step(caseId, "改派承辦社工").get("outcome").asText()).contains("原承辦社工長期病假");
    }
    assertThat(http.postJson("/api/v1/case-owners/social.khh/reassign", "supervisor.tpe",
        "{\"to\":\"" + SECOND_WORKER + "\",\"reason\":\"x\"}").statusCode())
        .as("another county's worker's cases are not the supervisor's to move").isEqualTo(404);
  }

  @Test
  void aDraftIsKeptWithTheTaskOnTheServerAndGoneWhenTheTaskIsDone() throws Exception {
    String caseId = newCase();
    Task task = openTask(caseId, DISPATCH);
    String path = "/camunda/api/tasklist/plugin/casework/default/tasks/" + task.getId() + "/draft";
    WebappUser social = WebappUser.tasklist(port, "social.tpe");
    HttpResponse<String> saved = social.send("PUT", path, "application/json", "{\"dispatchNote\":\"尚待家訪\"}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonNode draft = json.readTree(social.send("GET", path, null, null).body());
    assertThat(draft.get("values").get("dispatchNote").asText()).isEqualTo("尚待家訪");
    assertThat(draft.get("savedBy").asText()).isEqualTo("social.tpe");

    HttpResponse<String> khh = WebappUser.tasklist(port, "social.khh").send("GET", path, null, null);
    assertThat(khh.statusCode()).isEqualTo(404);
    assertThat(khh.body()).doesNotContain("尚待家訪");
    assertThat(social.send("PUT", path, "application/json", "[1,2]").statusCode()).isEqualTo(400);

    dispatch(caseId);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cpf_task_draft WHERE task_id = ?", Long.class,
        task.getId())).as("the draft goes with the completed task").isZero();
  }

  @Test
  void theTasklistPluginTellsTheCaseOfATaskOnlyToItsCounty() throws Exception {
    String name = ProtectionReports.freshName();
    String caseId = ProtectionReports.file(http, name, ProtectionReports.freshNationalId(), "疑似疏忽照顧");
    jobs.runJobs();
    Task task = openTask(caseId, DISPATCH);
    String path = "/camunda/api/tasklist/plugin/casework/default/tasks/" + task.getId() + "/case";
    HttpResponse<String> shown = WebappUser.tasklist(port, "social.tpe").send("GET", path, null, null);
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    JsonNode theCase = json.readTree(shown.body());
    assertThat(theCase.get("caseId").asText()).isEqualTo(caseId);
    assertThat(theCase.get("countyName").asText()).isEqualTo("臺北市");
    assertThat(theCase.get("child").get("name").asText()).isEqualTo(name);
    assertThat(theCase.get("child").get("sex").asText()).isEqualTo("女");
    assertThat(theCase.get("reason").asText()).contains("第53條第1項第3款", "疑似疏忽照顧");
    assertThat(theCase.get("due").asText()).isNotBlank();

    HttpResponse<String> khh = WebappUser.tasklist(port, "social.khh").send("GET", path, null, null);
    assertThat(khh.statusCode()).isEqualTo(404);
    assertThat(khh.body()).doesNotContain(name, caseId.substring(3));
  }

  private String newCase() {
    String caseId = ProtectionReports.file(http, ProtectionReports.freshName(), ProtectionReports.freshNationalId(),
        "疑似疏忽照顧");
    jobs.runJobs();
    return caseId;
  }

  private void dispatch(String caseId) {
    work("social.tpe", caseId, DISPATCH, Map.of("assignedUnits", List.of("SOCIAL"), "visitMode", "FACE_TO_FACE",
        "preHandlingProtectedBy", "SCHOOL",
        VAR_CRIME_INVOLVED, false, VAR_POLICE_INFORMED, false, VAR_POLICE_DISCOVERED, false));
  }

  private Task openTask(String caseId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(key)
        .singleResult();
  }

  private JsonNode step(String caseId, String name) throws Exception {
    for (JsonNode s : json.readTree(http.get("/api/v1/cases/" + caseId, "social.tpe").body()).get("timeline")) {
      if (s.get("step").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no step " + name + " on " + caseId);
  }

  private HttpResponse<String> upload(String caseId, String user, String type, String fileName, byte[] content) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId
            + "/attachments?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
        .header("Authorization", basic(user)).header("Content-Type", type).header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
