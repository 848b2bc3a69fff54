package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP adapter that sends a record promises, against a real local server; one subclass per
 * agency supplies the call and what its body must look like.
 */
public abstract class HttpAgencyContract extends HttpAdapterContract {

  /** Builds the adapter from {@code properties} and sends one call with {@code KEY}, case CP-TPE-2026-000001, TPE. */
  protected abstract AgencyReceipt send(AgencyProperties properties, Map<String, Object> details);

  @Override
  protected final Object call(AgencyProperties properties) {
    return send(properties, DETAILS);
  }

  /** The path after the base URL, e.g. {@code /filings}. */
  protected abstract String path();

  /** The type the subclass sends, as it must appear in the body; null for a call without one. */
  protected abstract String type();

  /** Agency-specific fields of the body beyond caseId, county, type and details. */
  protected void assertMoreOf(JsonNode body) {
  }

  @Test
  protected void postsTheRecordAsJsonWithTheIdempotencyKeyHeader() throws Exception {
    send(server.properties(), DETAILS);

    JsonNode body = onlyRequestBody(path());
    assertThat(body.path("caseId").asText()).isEqualTo("CP-TPE-2026-000001");
    assertThat(body.path("county").asText()).isEqualTo("TPE");
    if (type() == null) {
      assertThat(body.has("type")).as("a call without a type").isFalse();
    } else {
      assertThat(body.path("type").asText()).isEqualTo(type());
    }
    assertThat(body.path("details").path("childName").asText()).isEqualTo(CHILD_NAME);
    assertThat(body.path("details").path("childNationalId").asText()).isEqualTo(CHILD_ID);
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
}
