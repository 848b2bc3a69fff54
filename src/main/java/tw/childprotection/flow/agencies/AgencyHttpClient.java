package tw.childprotection.flow.agencies;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import javax.net.ssl.SSLContext;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP plumbing the agency adapters share: POST JSON with an {@code Idempotency-Key} header, read
 * {@code {"reference", "receivedAt"}} ({@link #post}) or a lookup's answer ({@link #query}), and sort
 * every failure into retryable ({@link AgencyUnavailableException}) or refused ({@link AgencyRejectedException}).
 *
 * <p>Messages name the agency, the status and the record's own {@code toString()} (key, case id,
 * county, type) and never a body: ours carries national IDs and names, and an agency's error answer
 * may quote it back. Both end up in Cockpit incidents and logs. The agency's credentials
 * ({@link AgencyCredentials}: a bearer token in the {@code Authorization} header, a client certificate in TLS)
 * are never in a message or a log either.
 */
public final class AgencyHttpClient {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final Logger LOG = LoggerFactory.getLogger(AgencyHttpClient.class);
  /** Answers as their contracts type them: no coercion, no null for a primitive, no key twice. */
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .findAndAddModules()
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  private final String agency;
  private final URI endpoint;
  private final RestClient restClient;
  private final AgencyCredentials credentials;

  /**
   * @param agency the agency's name for messages and logs, e.g. {@code "district court (地方法院)"}
   * @param key the agency's key under {@code child-protection.agencies}, e.g. {@code "court"}
   * @param path what follows the base URL, e.g. {@code "/filings"}
   */
  public AgencyHttpClient(String agency, String key, String path, AgencyProperties properties,
      RestClient.Builder builder) {
    String baseUrl = properties.baseUrl(key);
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalStateException("No base URL for the " + agency + ": set "
          + AgencyProperties.baseUrlProperty(key) + " (or " + AgencyProperties.environmentVariable(key) + ") or use "
          + AgencyProperties.PREFIX + "mode=simulator");
    }
    this.agency = agency;
    this.endpoint = URI.create(withoutTrailingSlash(baseUrl.trim()) + path);
    this.credentials = properties.credentialsOf(key);
    this.restClient = builder.clone().requestFactory(requestFactory(properties, credentials.sslContext(agency)))
        .build();
  }

  /**
   * POSTs {@code body} as JSON.
   *
   * @param what the record's {@code toString()}, which leaves its details out
   */
  public AgencyReceipt post(String idempotencyKey, Object body, String what) {
    AgencyReceipt receipt = exchange(idempotencyKey, body, what,
        (response, code) -> receipt(read(response, Answer.class, code, what), code, what));
    LOG.info("The {} received {}: {}", agency, what, receipt.reference());
    return receipt;
  }

  /**
   * POSTs a question as JSON and reads the answer as {@code answerType}. The answer is about a child,
   * so it is neither logged nor quoted; one that cannot be read, lacks a required field or is empty
   * is retryable, never taken for "nothing known".
   *
   * @param what the query's {@code toString()}, which leaves the national ID and details out
   */
  public <T> T query(String idempotencyKey, Object body, String what, Class<T> answerType) {
    T answer = exchange(idempotencyKey, body, what, (response, code) -> {
      T read = read(response, answerType, code, what);
      if (read == null) {
        throw new AgencyUnavailableException("The " + agency + " answered HTTP " + code + " without an answer to "
            + what);
      }
      return read;
    });
    LOG.info("The {} answered {}", agency, what);
    return answer;
  }

  /** {@link #query} for a {@link ChildQuery}: its key in the header, the rest as the body. */
  public <T> T query(ChildQuery query, Class<T> answerType) {
    return query(query.idempotencyKey(), AgencyBody.of(query), query.toString(), answerType);
  }

  /** The agency key of an HTTP adapter, from its {@link HttpMode} annotation: the one place it is written. */
  public static String keyOf(Class<?> adapter) {
    HttpMode mode = AnnotationUtils.findAnnotation(adapter, HttpMode.class);
    if (mode == null) {
      throw new IllegalStateException(adapter.getName() + " is an HTTP adapter without @HttpMode(key = ...)");
    }
    return mode.key();
  }

  private <T> T exchange(String idempotencyKey, Object body, String what, AnswerReader<T> reader) {
    try {
      return restClient.post()
          .uri(endpoint)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .header(IDEMPOTENCY_KEY, idempotencyKey)
          .headers(headers -> {
            if (credentials.hasBearerToken()) {
              headers.setBearerAuth(credentials.bearerToken());
            }
          })
          .body(body)
          .exchange((request, response) -> answer(response, what, reader));
    } catch (ResourceAccessException e) {
      // connection refused or reset, DNS, connect or read timeout: the I/O message carries no body
      throw new AgencyUnavailableException("The " + agency + " could not be reached or did not answer in time for "
          + what + ": " + e.getMostSpecificCause(), e);
    } catch (RestClientException e) {
      // e.g. an unreadable 2xx answer; its message may quote the answer, so the cause stays out
      throw new AgencyUnavailableException("The " + agency + " gave an unreadable answer to " + what + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  private <T> T answer(ConvertibleClientHttpResponse response, String what, AnswerReader<T> reader)
      throws IOException {
    HttpStatusCode status = response.getStatusCode();
    int code = status.value();
    if (status.is2xxSuccessful()) {
      return reader.read(response, code);
    }
    String answered = "The " + agency + " answered HTTP " + code + " to " + what;
    if (code == 408 || code == 429 || status.is5xxServerError()) {
      String retryAfter = response.getHeaders().getFirst("Retry-After");
      throw new AgencyUnavailableException(answered + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")"));
    }
    if (status.is4xxClientError()) {
      throw new AgencyRejectedException(answered);
    }
    // 1xx/3xx: not part of any agency's interface; most likely a proxy or a wrong base URL
    throw new AgencyUnavailableException(answered);
  }

  /**
   * Reads a 2xx answer strictly, as its contract in docs/agencies/ types it: a required field missing, a
   * value of the wrong type ({@code "1"} or {@code 1} for {@code true}, {@code "3"} for 3), null for a yes/no
   * or a field given twice is an answer that breaks the contract — retryable, so that after the retries it
   * is an incident in Cockpit, never read as a default. The message names the field, never its value.
   *
   * @return null for an empty body
   */
  private <T> T read(ConvertibleClientHttpResponse response, Class<T> type, int code, String what)
      throws IOException {
    byte[] bytes = response.getBody().readAllBytes();
    if (bytes.length == 0) {
      return null;
    }
    try {
      return STRICT.readValue(bytes, type);
    } catch (JsonProcessingException e) {
      throw new AgencyUnavailableException("The " + agency + " gave an unreadable answer to " + what + " (HTTP "
          + code + "): it breaks its contract" + field(e) + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Where in the answer it broke, by field names only (they are the contract's, not data). */
  private static String field(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "" : " at '" + path + "'";
  }

  private AgencyReceipt receipt(Answer answer, int code, String what) {
    if (answer == null || answer.reference() == null || answer.reference().isBlank()) {
      // accepted or not, we cannot tell: retrying with the same key is safe and asks again
      throw new AgencyUnavailableException("The " + agency + " answered HTTP " + code + " without a reference to "
          + what);
    }
    return new AgencyReceipt(answer.reference(), receivedAt(answer.receivedAt(), what));
  }

  /** The agency's time when it gives one (ISO-8601 with offset); otherwise ours. */
  private Instant receivedAt(String value, String what) {
    if (value == null || value.isBlank()) {
      return Instant.now();
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      // the filing is accepted: a malformed timestamp must not make us send it again
      LOG.warn("The {} answered {} with receivedAt '{}', not ISO-8601; using the time now", agency, what, value);
      return Instant.now();
    }
  }

  private static JdkClientHttpRequestFactory requestFactory(AgencyProperties properties, SSLContext tls) {
    HttpClient httpClient = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        // the agency's client certificate, if it asks for one (AgencyCredentials)
        .sslContext(tls)
        // plain HTTP/1.1: agency gateways are old, and an h2c upgrade attempt would only confuse them
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
    factory.setReadTimeout(properties.readTimeout());
    return factory;
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Reads a 2xx answer: a receipt for {@link #post}, the lookup's answer for {@link #query}. */
  @FunctionalInterface
  private interface AnswerReader<T> {
    T read(ConvertibleClientHttpResponse response, int code) throws IOException;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(String reference, String receivedAt) {
  }
}
