package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP adapter promises, against a real local server; one subclass per agency supplies
 * the call and what its body must look like.
 */
public abstract class HttpAgencyContract {

  protected static final String CHILD_NAME = "王小明";
  protected static final String CHILD_ID = "A123456789";
  protected static final Map<String, Object> DETAILS = Map.of("childName", CHILD_NAME, "childNationalId", CHILD_ID);
  protected static final String KEY = "pi-42:notifyCourt:1";

  protected final FakeAgencyServer server = new FakeAgencyServer();

  /** Builds the adapter from {@code properties} and sends one call with {@code KEY}, case CP-TPE-2026-000001, TPE. */
  protected abstract AgencyReceipt send(AgencyProperties properties, Map<String, Object> details);

  /** The path after the base URL, e.g. {@code /filings}. */
  protected abstract String path();

  /** The type the subclass sends, as it must appear in the body. */
  protected abstract String type();

  /** Part of the agency's name as it appears in messages. */
  protected abstract String agencyName();

  /** Builds the adapter with properties lacking this agency's base URL. */
  protected abstract void buildWithoutBaseUrl(AgencyProperties properties);

  /** Agency-specific fields of the body beyond caseId, county, type and details. */
  protected void assertMoreOf(JsonNode body) {
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  protected void postsTheRecordAsJsonWithTheIdempotencyKeyHeader() throws Exception {
    send(server.properties(), DETAILS);

    FakeAgencyServer.Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1" + path());
    assertThat(request.idempotencyKey()).isEqualTo(KEY);
    assertThat(request.contentType()).startsWith("application/json");
    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body.path("caseId").asText()).isEqualTo("CP-TPE-2026-000001");
    assertThat(body.path("county").asText()).isEqualTo("TPE");
    assertThat(body.path("type").asText()).isEqualTo(type());
    assertThat(body.path("details").path("childName").asText()).isEqualTo(CHILD_NAME);
    assertThat(body.path("details").path("childNationalId").asText()).isEqualTo(CHILD_ID);
    assertThat(body.has("idempotencyKey")).as("the key travels in the header").isFalse();
    assertMoreOf(body);
  }

  @Test
  protected void createdWithAReferenceIsAReceipt() {
    server.answer(201, "{\"reference\":\"AG-2026-77\",\"receivedAt\":\"2026-03-01T10:00:00+08:00\"}");

    AgencyReceipt receipt = send(server.properties(), DETAILS);

    assertThat(receipt).isEqualTo(new AgencyReceipt("AG-2026-77", Instant.parse("2026-03-01T02:00:00Z")));
  }

  @Test
  protected void okWithoutReceivedAtIsAReceiptReceivedNow() {
    server.answer(200, "{\"reference\":\"AG-2026-78\"}");
    Instant before = Instant.now();

    AgencyReceipt receipt = send(server.properties(), DETAILS);

    assertThat(receipt.reference()).isEqualTo("AG-2026-78");
    assertThat(receipt.receivedAt()).isBetween(before, Instant.now());
  }

  @Test
  protected void serviceUnavailableIsRetryable() {
    server.answer(503, "{\"error\":\"maintenance\"}");

    assertThatThrownBy(() -> send(server.properties(), DETAILS))
        .isInstanceOf(AgencyUnavailableException.class)
        .hasMessageContaining("503").hasMessageContaining(agencyName()).hasMessageContaining("CP-TPE-2026-000001");
  }

  @Test
  protected void aReadTimeoutIsRetryable() {
    server.stallFor(Duration.ofSeconds(5));

    assertThatThrownBy(() -> send(server.properties(), DETAILS))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining(agencyName());
  }

  @Test
  protected void badRequestIsARejection() {
    server.answer(400, "{\"error\":\"invalid\"}");

    assertThatThrownBy(() -> send(server.properties(), DETAILS))
        .isInstanceOf(AgencyRejectedException.class)
        .hasMessageContaining("400").hasMessageContaining(agencyName());
  }

  @Test
  protected void failuresNeverQuoteTheChildEvenWhenTheAgencyEchoesIt() {
    String echo = "{\"error\":\"unknown child " + CHILD_NAME + " " + CHILD_ID + "\"}";
    for (int status : new int[] {400, 422, 500, 503}) {
      server.answer(status, echo);
      assertThatThrownBy(() -> send(server.properties(), DETAILS))
          .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(CHILD_NAME).doesNotContain(CHILD_ID));
    }
    server.answer(200, "not json " + CHILD_NAME + " " + CHILD_ID);
    assertThatThrownBy(() -> send(server.properties(), DETAILS))
        .isInstanceOf(AgencyUnavailableException.class)
        .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(CHILD_NAME).doesNotContain(CHILD_ID));
  }

  @Test
  protected void aMissingBaseUrlIsAClearStartupError() {
    AgencyProperties.Endpoint none = new AgencyProperties.Endpoint(null);
    AgencyProperties simulatorMode = new AgencyProperties(AgencyMode.SIMULATOR, null, null, none, none, none, none);

    assertThatThrownBy(() -> buildWithoutBaseUrl(simulatorMode))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(agencyName()).hasMessageContaining("child-protection.agencies.")
        .hasMessageContaining(".base-url");
  }

  /** Every message down the cause chain: what Cockpit shows as the incident's stack trace. */
  protected static String messagesOf(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
