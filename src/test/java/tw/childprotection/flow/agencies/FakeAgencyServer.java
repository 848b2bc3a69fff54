package tw.childprotection.flow.agencies;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.web.client.RestClient;

/**
 * A real HTTP server on a free local port standing in for an agency: answers every request with the
 * status and body it was told, optionally after a delay, and keeps what arrived.
 */
public final class FakeAgencyServer implements AutoCloseable {

  /** What arrived: method, path, the Idempotency-Key and Content-Type headers, the body, the Authorization header. */
  public record Request(String method, String path, String idempotencyKey, String contentType, String body,
      String authorization) {
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  // released on close, so a handler told to stall does not outlive the test
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile int status = 201;
  private volatile String body = "{\"reference\":\"REF-1\",\"receivedAt\":\"2026-03-01T02:00:00Z\"}";
  private volatile Duration delay = Duration.ZERO;

  public FakeAgencyServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  /** Properties in http mode with every agency at this server and short timeouts. */
  public AgencyProperties properties() {
    String baseUrl = baseUrl();
    return new AgencyProperties(AgencyMode.HTTP, Duration.ofSeconds(2), Duration.ofSeconds(1), key -> baseUrl);
  }

  public RestClient.Builder restClient() {
    return RestClient.builder();
  }

  public FakeAgencyServer answer(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  public FakeAgencyServer stallFor(Duration delay) {
    this.delay = delay;
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public Request onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size());
    }
    return requests.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Idempotency-Key"),
          exchange.getRequestHeaders().getFirst("Content-Type"), received,
          exchange.getRequestHeaders().getFirst("Authorization")));
      if (!delay.isZero() && closing.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
      byte[] answer = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        exchange.getResponseBody().write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
