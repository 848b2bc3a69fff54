package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12, hole 12: answers of {@code /api} and {@code /engine-rest} carried neither
 * {@code X-Content-Type-Options: nosniff} nor {@code Cache-Control: no-store}; every county user could
 * list every user of the country (names, e-mails); a social worker without Cockpit rights read
 * Cockpit's plugin API.
 */
@PlatformTest
class HeadersAndDirectoryTest extends ApiTest {

  @Test
  void answersWithPersonalDataAreNeitherCachedNorSniffed() {
    for (HttpResponse<String> response : new HttpResponse[] {
        http.get("/api/v1/cases?q=王", "social.tpe"),
        http.get("/api/v1/cases/x", "social.tpe"),
        http.get("/engine-rest/task", "social.tpe"),
        http.get("/engine-rest/task", null)}) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(response.uri().toString())
          .contains("nosniff");
      assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().toString()).contains("no-store");
    }
  }

  @Test
  void aCountyUserCannotListTheUsersOfTheCountry() throws Exception {
    JsonNode users = json.readTree(http.get("/engine-rest/user", "social.tpe").body());
    assertThat(users.isArray()).isTrue();
    assertThat(users.findValuesAsText("id")).containsOnly("social.tpe");
    assertThat(http.get("/engine-rest/user/social.khh/profile", "social.tpe").statusCode()).isIn(403, 404);
    assertThat(json.readTree(http.get("/engine-rest/user/count", "police.tpe").body()).get("count").asInt())
        .isEqualTo(1);
    assertThat(json.readTree(http.get("/engine-rest/user", "admin").body()).size()).isGreaterThan(5);
  }

  @Test
  void cockpitsPluginApiIsOnlyForThoseWithCockpitRights() throws Exception {
    String incidents = "/camunda/api/cockpit/plugin/base/default/incident/count";
    WebappSession tasklist = WebappSession.login(port, "tasklist", "social.tpe");
    HttpResponse<String> refused = tasklist.send("GET", incidents, null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(json.readTree(refused.body()).get("errors").get(0).get("code").asText()).isEqualTo("FORBIDDEN");

    WebappSession cockpit = WebappSession.login(port, "cockpit", "manager.tpe");
    assertThat(cockpit.send("GET", incidents, null).statusCode()).isEqualTo(200);
  }
}
