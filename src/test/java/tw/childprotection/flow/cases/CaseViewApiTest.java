package tw.childprotection.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.protection.ChildProtectionCase.DISPATCH;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_CRIME_INVOLVED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_POLICE_DISCOVERED;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_POLICE_INFORMED;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.ProtectionReports;
import tw.childprotection.flow.support.TasklistScenarioTest;

/**
 * {@code GET /api/v1/cases/{caseId}} and {@code GET /api/v1/cases?q=} (CONTRACT §3, issue 11): who the
 * child is and what happened so far, read under the caller's authorization; a search within the
 * caller's counties; another county's case neither shown nor hinted at.
 */
@PlatformTest
class CaseViewApiTest extends TasklistScenarioTest {

  @Test
  void caseShowsTheChildAndEachCompletedStepWithWhoAndWhatItDecided() throws Exception {
    String name = ProtectionReports.freshName();
    String nationalId = ProtectionReports.freshNationalId();
    String caseId = ProtectionReports.file(http, name, nationalId, "身上多處瘀傷，疑似遭受不當管教");
    jobs.runJobs();
    work("social.tpe", caseId, DISPATCH, Map.of("assignedUnits", List.of("SOCIAL"), "visitMode", "FACE_TO_FACE",
        "preHandlingProtectedBy", "HOSPITAL",
        "dispatchNote", "家長稱孩子 " + nationalId + " 跌倒", VAR_CRIME_INVOLVED, false, VAR_POLICE_INFORMED, false,
        VAR_POLICE_DISCOVERED, false));

    HttpResponse<String> response = http.get("/api/v1/cases/" + caseId, "social.tpe");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode theCase = json.readTree(response.body());
    assertThat(theCase.get("child").get("name").asText()).isEqualTo(name);
    assertThat(theCase.get("child").get("birthDate").asText()).isEqualTo("2019-03-15");
    assertThat(theCase.get("child").get("sex").asText()).isEqualTo("F");
    JsonNode timeline = theCase.get("timeline");
    assertThat(timeline.get(0).get("step").asText()).isEqualTo("立案");
    assertThat(timeline.get(0).get("by").asText()).isEqualTo("police.tpe");
    assertThat(timeline.get(0).get("outcome").asText()).contains("第53條第1項第3款", "疑似遭受不當管教");
    JsonNode dispatch = step(timeline, "派案");
    assertThat(dispatch.get("by").asText()).isEqualTo("social.tpe");
    assertThat(dispatch.get("at").asText()).endsWith("+08:00");
    assertThat(dispatch.get("outcome").asText()).as("told in the words of the form").contains("家長稱孩子");
    assertThat(response.body()).as("the timeline never repeats a national ID").doesNotContain(nationalId);
  }

  @Test
  void anotherCountysCaseIsNotFoundAndNothingOfItIsShown() throws Exception {
    String name = ProtectionReports.freshName();
    String caseId = ProtectionReports.file(http, name, ProtectionReports.freshNationalId(), "疑似疏忽照顧");

    HttpResponse<String> khh = http.get("/api/v1/cases/" + caseId, "social.khh");
    assertThat(khh.statusCode()).isEqualTo(404);
    assertThat(khh.body()).doesNotContain(name, "疑似疏忽照顧", "timeline", "child");
    assertThat(http.get("/api/v1/cases/" + caseId, null).statusCode()).isEqualTo(401);
  }

  @Test
  void searchFindsACaseByNameNationalIdAndNumberOnlyWithinTheCallersCounties() throws Exception {
    String name = ProtectionReports.freshName();
    String nationalId = ProtectionReports.freshNationalId();
    String caseId = ProtectionReports.file(http, name, nationalId, "疑似疏忽照顧");

    // two characters find the names they begin or end (a surname and the first given, or the given name)
    for (String q : List.of(name, name.substring(1), name.substring(0, 2), name.substring(name.length() - 2),
        nationalId, nationalId.toLowerCase(), caseId, caseId.substring(3))) {
      JsonNode found = search(q, "social.tpe");
      assertThat(found.findValuesAsText("caseId")).as("social.tpe searching " + q).contains(caseId);
    }
    JsonNode hit = hit(search(name, "social.tpe"), caseId);
    assertThat(hit.get("kind").asText()).isEqualTo("PROTECTION");
    assertThat(hit.get("county").asText()).isEqualTo("TPE");
    assertThat(hit.get("status").asText()).isEqualTo("OPEN");
    assertThat(hit.get("child").get("name").asText()).isEqualTo(name);
    assertThat(hit.has("nationalId")).isFalse();

    for (String q : List.of(name, nationalId, caseId)) {
      assertThat(search(q, "social.khh").get("cases")).as("social.khh searching " + q).isEmpty();
    }
    for (String q : List.of(nationalId, name, name.substring(0, 2))) {
      assertThat(search(q, "nhia").findValuesAsText("caseId")).as("a national agency sees every county: " + q)
          .contains(caseId);
      assertThat(search(q, "admin").findValuesAsText("caseId")).as("so does the administrator: " + q)
          .contains(caseId);
    }
  }

  @Test
  void aBackslashOrAWildcardTypedIsNoPartOfTheSearch() throws Exception {
    String name = ProtectionReports.freshName();
    String caseId = ProtectionReports.file(http, name, ProtectionReports.freshNationalId(), "疑似疏忽照顧");

    for (String q : List.of(name + "\\", "\\" + name, name.charAt(0) + "\\" + name.substring(1), name + "%",
        "_" + name)) {
      assertThat(search(q, "social.tpe").findValuesAsText("caseId")).as("q=" + q).contains(caseId);
    }
    // nothing left to search for: too short, as any one character is
    assertThat(http.get("/api/v1/cases?q=" + encode("\\\\%_"), "social.tpe").statusCode()).isEqualTo(400);
  }

  @Test
  void closedCasesAreFoundToo() throws Exception {
    String name = ProtectionReports.freshName();
    String caseId = ProtectionReports.file(http, name, ProtectionReports.freshNationalId(), "疑似疏忽照顧");
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "closed for the test"));

    JsonNode hit = hit(search(name, "social.tpe"), caseId);
    assertThat(hit.get("status").asText()).isEqualTo("CLOSED");
  }

  @Test
  void searchTooShortOrTooLongIsA400InBothLanguages() throws Exception {
    for (String q : List.of("", "王", "x".repeat(41))) {
      HttpResponse<String> response = http.get("/api/v1/cases?q=" + encode(q), "social.tpe");
      assertThat(response.statusCode()).as("q=" + q).isEqualTo(400);
      JsonNode error = json.readTree(response.body()).get("errors").get(0);
      assertThat(error.get("field").asText()).isEqualTo("q");
      assertThat(error.get("messageZh").asText()).contains("案號");
    }
    assertThat(http.get("/api/v1/cases", "social.tpe").statusCode()).isEqualTo(400);
  }

  private JsonNode search(String q, String user) throws Exception {
    HttpResponse<String> response = http.get("/api/v1/cases?q=" + encode(q), user);
    assertThat(response.statusCode()).as(user + " q=" + q + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode hit(JsonNode found, String caseId) {
    for (JsonNode c : found.get("cases")) {
      if (c.get("caseId").asText().equals(caseId)) {
        return c;
      }
    }
    throw new AssertionError(caseId + " not found in " + found);
  }

  private static JsonNode step(JsonNode timeline, String namePart) {
    for (JsonNode s : timeline) {
      if (s.get("step").asText().contains(namePart)) {
        return s;
      }
    }
    throw new AssertionError("no step " + namePart + " in " + timeline);
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }
}
