package tw.childprotection.flow.platform;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.childprotection.flow.ChildProtectionFlowApplication;

/**
 * One node of a test cluster: the application as production starts it ({@code postgres} profile, the
 * database and the admin's password from the environment), in a JVM of its own on a port of its own,
 * its output in {@code target/cluster/<name>.log}. The agencies are the simulators, whose receipts are in
 * the shared database.
 */
final class ClusterNode implements AutoCloseable {

  static final String ADMIN_PASSWORD = "Cluster-Node-2026!";

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ClusterNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts a node on {@code databaseUrl}; {@code settings} are added as {@code --key=value} arguments.
   * The application's classes and libraries only: the test classes (some of them Spring configurations)
   * stay out of its component scan.
   */
  static ClusterNode start(String name, String databaseUrl, String user, String password,
      Map<String, String> settings) throws IOException {
    int port = freePort();
    Path dir = Path.of("target", "cluster");
    Files.createDirectories(dir);
    Path log = dir.resolve(name + ".log");
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        // production's zone (docs/operations.md); the nodes agree on it, as production's do
        "-Duser.timezone=Asia/Taipei",
        "-cp", classpath, ChildProtectionFlowApplication.class.getName(),
        "--server.port=" + port));
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("SPRING_PROFILES_ACTIVE", "postgres");
    environment.put("DB_URL", databaseUrl);
    environment.put("DB_USER", user);
    // the postgres profile wants one; PostgreSQL with trust authentication ignores it
    environment.put("DB_PASSWORD", password.isEmpty() ? "trust-authentication" : password);
    environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    Process process = builder.start();
    // a test JVM that is stopped (surefire's timeout, Ctrl-C) takes its nodes with it
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, name + "-stop"));
    return new ClusterNode(name, port, log, process);
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  /** Waits until the node answers {@code /actuator/health} with UP; fails if it dies or takes too long. */
  void awaitUp(Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended during start-up (exit " + process.exitValue() + "), see "
            + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> health = send("GET", "/actuator/health", null, null, null);
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not up after " + timeout + ", see " + log.toAbsolutePath());
  }

  /** As {@code kill -9}: no shutdown hook, no commit, its job locks left to time out. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** One request as {@code user} (HTTP Basic), JSON in and out. */
  HttpResponse<String> send(String method, String path, String user, String password, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** As the administrator; fails unless the answer is 2xx. */
  String admin(String method, String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> response = send(method, path, "admin", ADMIN_PASSWORD, json);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " on " + name + ": " + response.statusCode() + " "
          + response.body());
    }
    return response.body();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
