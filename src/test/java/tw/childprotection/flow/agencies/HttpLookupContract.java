package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP lookup promises, against a real local server: the query goes out with its key, the
 * answer is read, and an answer that cannot be read is never taken for "nothing known". One subclass
 * per agency supplies the call and an answer.
 *
 * @param <A> what the lookup answers
 */
public abstract class HttpLookupContract<A> extends HttpAdapterContract {

  protected static final ChildQuery QUERY = new ChildQuery(KEY, "CP-TPE-2026-000001", "TPE", CHILD_ID, DETAILS);

  /** Builds the adapter from {@code properties} and asks it {@link #QUERY}. */
  protected abstract A ask(AgencyProperties properties);

  /** The path after the base URL, e.g. {@code /matches}. */
  protected abstract String path();

  /** An answer as the agency sends it. */
  protected abstract String answerJson();

  /** What {@link #answerJson()} reads as. */
  protected abstract A expectedAnswer();

  /** {@link #answerJson()} without a fact the process branches on. */
  protected abstract String answerWithoutARequiredFact();

  @Override
  protected final Object call(AgencyProperties properties) {
    return ask(properties);
  }

  @Test
  protected void postsTheQueryAsJsonWithTheIdempotencyKeyHeader() throws Exception {
    server.answer(200, answerJson());

    ask(server.properties());

    JsonNode body = onlyRequestBody(path());
    assertThat(body.path("caseId").asText()).isEqualTo("CP-TPE-2026-000001");
    assertThat(body.path("county").asText()).isEqualTo("TPE");
    assertThat(body.path("childNationalId").asText()).isEqualTo(CHILD_ID);
    assertThat(body.path("details").path("childName").asText()).isEqualTo(CHILD_NAME);
    assertThat(body.has("type")).as("a lookup has no type").isFalse();
  }

  @Test
  protected void theAnswerIsRead() {
    server.answer(200, answerJson());

    assertThat(ask(server.properties())).isEqualTo(expectedAnswer());
  }

  @Test
  protected void anAnswerWithoutARequiredFactIsRetryableNotANo() {
    server.answer(200, answerWithoutARequiredFact());

    assertThatThrownBy(() -> ask(server.properties()))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("unreadable answer");
  }

  @Test
  protected void anEmptyAnswerIsRetryable() {
    server.answer(204, null);

    assertThatThrownBy(() -> ask(server.properties())).isInstanceOf(AgencyUnavailableException.class);
  }
}
