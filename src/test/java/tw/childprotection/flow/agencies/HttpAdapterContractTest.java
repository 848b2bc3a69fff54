package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.childprotection.flow.agencies.HttpAdapterRows.CASE_ID;
import static tw.childprotection.flow.agencies.HttpAdapterRows.CHILD_ID;
import static tw.childprotection.flow.agencies.HttpAdapterRows.CHILD_NAME;
import static tw.childprotection.flow.agencies.HttpAdapterRows.DETAILS;
import static tw.childprotection.flow.agencies.HttpAdapterRows.KEY;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.childprotection.flow.agencies.HttpAdapterRows.Adapter;
import tw.childprotection.flow.agencies.HttpAdapterRows.Lookup;
import tw.childprotection.flow.agencies.HttpAdapterRows.Sender;

/**
 * What every HTTP adapter promises, against a real local server, one row per adapter: one JSON POST
 * with the key in the header, failures sorted into retryable or rejected, never with a national ID or
 * name in a message; a record sent answers a receipt; a question's answer is read, and one that cannot
 * be read is never taken for "nothing known".
 */
class HttpAdapterContractTest {

  private final FakeAgencyServer server = new FakeAgencyServer();

  static Stream<Adapter> adapters() {
    return HttpAdapterRows.adapters();
  }

  static Stream<Sender> senders() {
    return HttpAdapterRows.senders();
  }

  static Stream<Lookup<?>> lookups() {
    return HttpAdapterRows.lookups();
  }

  /**
   * The first request of a JVM loads the HTTP client and JSON classes; on a busy machine that alone can
   * outlast the 1 s read timeout the rows run with, and would fail whichever row came first.
   */
  @BeforeAll
  static void warmUpTheHttpClient() {
    try (FakeAgencyServer warmUp = new FakeAgencyServer()) {
      AgencyProperties patient = new AgencyProperties(AgencyMode.HTTP, null, Duration.ofSeconds(30),
          key -> warmUp.baseUrl());
      new AgencyHttpClient("warm-up", "court", "/warm-up", patient, warmUp.restClient()).post("k", DETAILS, "warm-up");
    }
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void serviceUnavailableIsRetryable(Adapter adapter) {
    server.answer(503, "{\"error\":\"maintenance\"}");

    assertThatThrownBy(() -> adapter.call().apply(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class)
        .hasMessageContaining("503").hasMessageContaining(adapter.agencyName()).hasMessageContaining(CASE_ID);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aReadTimeoutIsRetryable(Adapter adapter) {
    server.stallFor(Duration.ofSeconds(5));

    assertThatThrownBy(() -> adapter.call().apply(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining(adapter.agencyName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void badRequestIsARejection(Adapter adapter) {
    server.answer(400, "{\"error\":\"invalid\"}");

    assertThatThrownBy(() -> adapter.call().apply(server.properties()))
        .isInstanceOf(AgencyRejectedException.class)
        .hasMessageContaining("400").hasMessageContaining(adapter.agencyName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void failuresNeverQuoteTheChildEvenWhenTheAgencyEchoesIt(Adapter adapter) {
    String echo = "{\"error\":\"unknown child " + CHILD_NAME + " " + CHILD_ID + "\"}";
    for (int status : new int[] {400, 422, 500, 503}) {
      server.answer(status, echo);
      assertThatThrownBy(() -> adapter.call().apply(server.properties()))
          .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(CHILD_NAME).doesNotContain(CHILD_ID));
    }
    server.answer(200, "not json " + CHILD_NAME + " " + CHILD_ID);
    assertThatThrownBy(() -> adapter.call().apply(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class)
        .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(CHILD_NAME).doesNotContain(CHILD_ID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aMissingBaseUrlIsAClearStartupError(Adapter adapter) {
    AgencyProperties simulatorMode = new AgencyProperties(AgencyMode.SIMULATOR, null, null, key -> null);

    assertThatThrownBy(() -> adapter.build().accept(simulatorMode))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(adapter.agencyName()).hasMessageContaining("child-protection.agencies.")
        .hasMessageContaining(".base-url");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("senders")
  void postsTheRecordAsJsonWithTheIdempotencyKeyHeader(Sender sender) throws Exception {
    sender.send().apply(server.properties(), DETAILS);

    JsonNode body = onlyRequestBody(sender.path());
    assertThat(body.path("caseId").asText()).isEqualTo(CASE_ID);
    assertThat(body.path("county").asText()).isEqualTo("TPE");
    if (sender.type() == null) {
      assertThat(body.has("type")).as("a call without a type").isFalse();
    } else {
      assertThat(body.path("type").asText()).isEqualTo(sender.type());
    }
    assertThat(body.path("details").path("childName").asText()).isEqualTo(CHILD_NAME);
    assertThat(body.path("details").path("childNationalId").asText()).isEqualTo(CHILD_ID);
    sender.moreOfBody().accept(body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("senders")
  void createdWithAReferenceIsAReceipt(Sender sender) {
    server.answer(201, "{\"reference\":\"AG-2026-77\",\"receivedAt\":\"2026-03-01T10:00:00+08:00\"}");

    AgencyReceipt receipt = sender.send().apply(server.properties(), DETAILS);

    assertThat(receipt).isEqualTo(new AgencyReceipt("AG-2026-77", Instant.parse("2026-03-01T02:00:00Z")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("senders")
  void okWithoutReceivedAtIsAReceiptReceivedNow(Sender sender) {
    server.answer(200, "{\"reference\":\"AG-2026-78\"}");
    Instant before = Instant.now();

    AgencyReceipt receipt = sender.send().apply(server.properties(), DETAILS);

    assertThat(receipt.reference()).isEqualTo("AG-2026-78");
    assertThat(receipt.receivedAt()).isBetween(before, Instant.now());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void postsTheQueryAsJsonWithTheIdempotencyKeyHeader(Lookup<?> lookup) throws Exception {
    server.answer(200, lookup.answerJson());

    lookup.ask().apply(server.properties());

    JsonNode body = onlyRequestBody(lookup.path());
    assertThat(body.path("caseId").asText()).isEqualTo(CASE_ID);
    assertThat(body.path("county").asText()).isEqualTo("TPE");
    assertThat(body.path("childNationalId").asText()).isEqualTo(CHILD_ID);
    assertThat(body.path("details").path("childName").asText()).isEqualTo(CHILD_NAME);
    assertThat(body.has("type")).as("a lookup has no type").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void theAnswerIsRead(Lookup<?> lookup) {
    server.answer(200, lookup.answerJson());

    assertThat(lookup.ask().apply(server.properties())).isEqualTo(lookup.expectedAnswer());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void anAnswerWithoutARequiredFactIsRetryableNotANo(Lookup<?> lookup) {
    server.answer(200, lookup.answerWithoutARequiredFact());

    assertThatThrownBy(() -> lookup.ask().apply(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("unreadable answer");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void anEmptyAnswerIsRetryable(Lookup<?> lookup) {
    server.answer(204, null);

    assertThatThrownBy(() -> lookup.ask().apply(server.properties())).isInstanceOf(AgencyUnavailableException.class);
  }

  /** The one request's JSON body, after checking it was a JSON POST to {@code path} with {@code KEY}. */
  private JsonNode onlyRequestBody(String path) throws Exception {
    FakeAgencyServer.Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1" + path);
    assertThat(request.idempotencyKey()).isEqualTo(KEY);
    assertThat(request.contentType()).startsWith("application/json");
    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body.has("idempotencyKey")).as("the key travels in the header").isFalse();
    return body;
  }

  /** Every message down the cause chain: what Cockpit shows as the incident's stack trace. */
  private static String messagesOf(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
