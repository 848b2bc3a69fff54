package tw.childprotection.flow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.security.AttackBodies.BATCH;
import static tw.childprotection.flow.security.AttackBodies.REFERRALS;
import static tw.childprotection.flow.security.AttackBodies.REPORTS;
import static tw.childprotection.flow.security.AttackBodies.newNationalId;
import static tw.childprotection.flow.security.AttackBodies.referral;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12, hole 9: a 20 MB transmission held a request thread at full CPU for 72–200 s. A body over
 * the limit (64 KB for one referral or report, 16 MB for a transmission) is now a 413 in the
 * contract's shape — refused before it is read when its length is declared, cut off where it passes
 * the limit when it is not (chunked) — and nothing of it is kept.
 */
@PlatformTest
class BodyLimitTest extends ApiTest {

  @Test
  void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
    long referrals = count("cpf_active_care_referral");
    String padded = "{\"pad\":\"" + "x".repeat(70_000) + "\"}";
    assertTooLarge(http.postJson(REPORTS, "police.tpe", padded));
    assertTooLarge(http.postJson(REFERRALS, "social.tpe", padded));

    StringBuilder transmission = new StringBuilder();
    String line = referral(newNationalId()).toString();
    while (transmission.length() < 17 * 1024 * 1024) {
      transmission.append(line).append('\n');
    }
    long transmissions = count("cpf_transmission");
    assertTooLarge(http.post(BATCH, "nhia", "application/x-ndjson", transmission.toString()));
    assertThat(count("cpf_transmission")).isEqualTo(transmissions);
    assertThat(count("cpf_active_care_referral")).isEqualTo(referrals);
  }

  @Test
  void aChunkedBodyOverTheLimitIsCutOffAt413() throws Exception {
    byte[] body = ("{\"pad\":\"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + REPORTS))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("police.tpe:demo".getBytes()))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

    assertTooLarge(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void aTransmissionWithinTheLimitIsTaken() {
    String line = referral(newNationalId()).toString();
    HttpResponse<String> response = http.post(BATCH, "nhia", "application/x-ndjson", line + "\n");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private void assertTooLarge(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("body");
    assertThat(error.get("code").asText()).isEqualTo("TOO_LARGE");
    assertThat(error.get("messageZh").asText()).isNotBlank();
  }
}
