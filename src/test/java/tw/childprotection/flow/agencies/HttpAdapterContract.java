package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP adapter promises, against a real local server: one JSON POST with the key in the
 * header, and failures sorted into retryable or rejected, never with a national ID or name in a
 * message. Subclasses supply one call.
 */
public abstract class HttpAdapterContract {

  protected static final String CHILD_NAME = "王小明";
  protected static final String CHILD_ID = "A123456789";
  protected static final Map<String, Object> DETAILS = Map.of("childName", CHILD_NAME, "childNationalId", CHILD_ID);
  protected static final String KEY = "pi-42:notifyCourt:1";

  protected final FakeAgencyServer server = new FakeAgencyServer();

  /** Builds the adapter from {@code properties} and makes one call with {@code KEY}, case CP-TPE-2026-000001, TPE. */
  protected abstract Object call(AgencyProperties properties);

  /** Part of the agency's name as it appears in messages. */
  protected abstract String agencyName();

  /** Builds the adapter with properties lacking this agency's base URL. */
  protected abstract void buildWithoutBaseUrl(AgencyProperties properties);

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** The one request's JSON body, after checking it was a JSON POST to {@code path} with {@code KEY}. */
  protected JsonNode onlyRequestBody(String path) throws Exception {
    FakeAgencyServer.Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1" + path);
    assertThat(request.idempotencyKey()).isEqualTo(KEY);
    assertThat(request.contentType()).startsWith("application/json");
    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body.has("idempotencyKey")).as("the key travels in the header").isFalse();
    return body;
  }

  @Test
  protected void serviceUnavailableIsRetryable() {
    server.answer(503, "{\"error\":\"maintenance\"}");

    assertThatThrownBy(() -> call(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class)
        .hasMessageContaining("503").hasMessageContaining(agencyName()).hasMessageContaining("CP-TPE-2026-000001");
  }

  @Test
  protected void aReadTimeoutIsRetryable() {
    server.stallFor(Duration.ofSeconds(5));

    assertThatThrownBy(() -> call(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining(agencyName());
  }

  @Test
  protected void badRequestIsARejection() {
    server.answer(400, "{\"error\":\"invalid\"}");

    assertThatThrownBy(() -> call(server.properties()))
        .isInstanceOf(AgencyRejectedException.class)
        .hasMessageContaining("400").hasMessageContaining(agencyName());
  }

  @Test
  protected void failuresNeverQuoteTheChildEvenWhenTheAgencyEchoesIt() {
    String echo = "{\"error\":\"unknown child " + CHILD_NAME + " " + CHILD_ID + "\"}";
    for (int status : new int[] {400, 422, 500, 503}) {
      server.answer(status, echo);
      assertThatThrownBy(() -> call(server.properties()))
          .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(CHILD_NAME).doesNotContain(CHILD_ID));
    }
    server.answer(200, "not json " + CHILD_NAME + " " + CHILD_ID);
    assertThatThrownBy(() -> call(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class)
        .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(CHILD_NAME).doesNotContain(CHILD_ID));
  }

  @Test
  protected void aMissingBaseUrlIsAClearStartupError() {
    AgencyProperties simulatorMode = FakeAgencyServer.everyAgencyAt(AgencyMode.SIMULATOR, null, null,
        new AgencyProperties.Endpoint(null));

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
