package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.client.RestClient;

/** How the shared plumbing sorts answers; the per-agency contract tests cover the common cases. */
class AgencyHttpClientTest {

  private static final String WHAT = "TestRecord[idempotencyKey=k-1, caseId=CP-KHH-2026-000123, county=KHH, type=T]";

  private final FakeAgencyServer server = new FakeAgencyServer();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @ParameterizedTest(name = "HTTP {0} is retryable")
  @ValueSource(ints = {500, 502, 503, 504, 408, 429})
  void serverTroubleTimeoutsAndThrottlingAreRetryable(int status) {
    server.answer(status, "{}");

    assertThatThrownBy(() -> post(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class)
        .hasMessage("The test agency answered HTTP " + status + " to " + WHAT);
  }

  @ParameterizedTest(name = "HTTP {0} is a rejection")
  @ValueSource(ints = {400, 401, 403, 404, 409, 413, 422})
  void otherClientErrorsAreRejections(int status) {
    server.answer(status, "{}");

    assertThatThrownBy(() -> post(server.properties()))
        .isInstanceOf(AgencyRejectedException.class)
        .hasMessage("The test agency answered HTTP " + status + " to " + WHAT);
  }

  @Test
  void aRefusedConnectionIsRetryable() {
    AgencyProperties properties = server.properties();
    server.close();

    assertThatThrownBy(() -> post(properties))
        .isInstanceOf(AgencyUnavailableException.class)
        .hasMessageStartingWith("The test agency could not be reached or did not answer in time for " + WHAT);
  }

  @Test
  void successWithoutAReferenceIsRetryableNotAReceipt() {
    server.answer(200, "{\"receivedAt\":\"2026-03-01T02:00:00Z\"}");
    assertThatThrownBy(() -> post(server.properties())).isInstanceOf(AgencyUnavailableException.class)
        .hasMessageContaining("without a reference");

    server.answer(204, null);
    assertThatThrownBy(() -> post(server.properties())).isInstanceOf(AgencyUnavailableException.class);
  }

  @Test
  void anUnreadableReceivedAtDoesNotUndoAnAcceptedCall() {
    server.answer(201, "{\"reference\":\"R-9\",\"receivedAt\":\"yesterday\",\"extra\":1}");
    Instant before = Instant.now();

    AgencyReceipt receipt = post(server.properties());

    assertThat(receipt.reference()).isEqualTo("R-9");
    assertThat(receipt.receivedAt()).isBetween(before, Instant.now());
  }

  @Test
  void aTrailingSlashOnTheBaseUrlIsHarmless() {
    String slash = server.baseUrl() + "/";
    AgencyProperties properties = new AgencyProperties(AgencyMode.HTTP, null, Duration.ofSeconds(2), key -> slash);

    post(properties);

    assertThat(server.onlyRequest().path()).isEqualTo("/api/v1/things");
  }

  private AgencyReceipt post(AgencyProperties properties) {
    return new AgencyHttpClient("test agency", "court", "/things", properties, RestClient.builder())
        .post("k-1", Map.of("caseId", "CP-KHH-2026-000123"), WHAT);
  }

  @Test
  void aQueryPostsWithTheKeyAndReadsTheAnswerIgnoringExtraFields() {
    server.answer(200, "{\"count\":3,\"label\":\"x\",\"extra\":true}");

    Lookup answer = query(server.properties());

    assertThat(answer).isEqualTo(new Lookup(3, "x"));
    assertThat(server.onlyRequest().idempotencyKey()).isEqualTo("k-1");
    assertThat(server.onlyRequest().path()).isEqualTo("/api/v1/things");
  }

  @ParameterizedTest(name = "a query answered HTTP {0} is sorted like a post")
  @ValueSource(ints = {503, 429, 404})
  void aQuerySortsFailuresLikeAPost(int status) {
    server.answer(status, "{}");

    assertThatThrownBy(() -> query(server.properties()))
        .isInstanceOf(status == 404 ? AgencyRejectedException.class : AgencyUnavailableException.class)
        .hasMessage("The test agency answered HTTP " + status + " to " + WHAT);
  }

  @Test
  void aQueryAnsweredWithoutABodyIsRetryableNotNothingKnown() {
    server.answer(200, null);

    assertThatThrownBy(() -> query(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("without an answer to " + WHAT);
  }

  @Test
  void aQueryWhoseAnswerCannotBeReadIsRetryableAndNotQuoted() {
    server.answer(200, "{\"count\":\"A123456789\"}");

    assertThatThrownBy(() -> query(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("unreadable answer")
        .hasMessageNotContaining("A123456789").hasNoCause();
  }

  private Lookup query(AgencyProperties properties) {
    return new AgencyHttpClient("test agency", "court", "/things", properties, RestClient.builder())
        .query("k-1", Map.of("childNationalId", "A123456789"), WHAT, Lookup.class);
  }

  record Lookup(int count, String label) {
  }
}
