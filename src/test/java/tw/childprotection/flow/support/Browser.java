package tw.childprotection.flow.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * What a browser test needs: headless Chromium ({@code CHROMIUM}, else /usr/bin/chromium), node and npm on
 * the PATH, and the browser tests' one npm package, {@link #SCRIPTS} (playwright-core; {@code npm ci} puts it
 * there when it is not yet, as .ci/run does). When one is missing the test is skipped on a developer's
 * machine and fails on CI ({@code CI=true}): a browser check that quietly did not run proves nothing.
 *
 * @param chromium the browser for the scripts ({@code CHROMIUM} in their environment)
 * @param node the node executable that runs them
 */
public record Browser(String chromium, String node) {

  /** The browser tests' npm package and their scripts (casework.mjs, cockpit.mjs, reporting/). */
  public static final Path SCRIPTS = Path.of("src", "test", "browser");

  /** Chromium, node and the scripts' package, or the test skipped (failed on CI). */
  public static Browser require() throws IOException, InterruptedException {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    need(Files.isExecutable(Path.of(chromium)),
        "Chromium at " + chromium + " (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM)");
    String node = onPath("node");
    String npm = onPath("npm");
    need(node != null && npm != null, "node and npm on the PATH");
    if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("playwright-core"))) {
      need(npmCi(npm), "playwright-core (npm ci --prefix " + SCRIPTS + ")");
    }
    return new Browser(chromium, node);
  }

  /**
   * {@code node <script>} of {@link #SCRIPTS} against the application at {@code port}, with this browser and
   * the scripts' package in its environment; put the script's own settings in its environment, then {@link #run}.
   */
  public ProcessBuilder script(String script, int port) {
    ProcessBuilder process = new ProcessBuilder(node, SCRIPTS.resolve(script).toString());
    process.environment().put("BASE_URL", "http://localhost:" + port);
    process.environment().put("CHROMIUM", chromium);
    process.environment().put("NODE_PATH", SCRIPTS.resolve("node_modules").toAbsolutePath().toString());
    return process;
  }

  /** Runs a script, its output in the test's; its exit code, or a failure after {@code seconds}. */
  public static int run(ProcessBuilder process, int seconds) throws IOException, InterruptedException {
    Process running = process.inheritIO().start();
    if (!running.waitFor(seconds, TimeUnit.SECONDS)) {
      running.destroyForcibly();
      throw new AssertionError("timed out after " + seconds + " s: " + process.command());
    }
    return running.exitValue();
  }

  private static void need(boolean present, String what) {
    if (present) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true but " + what + " is missing: the browser tests must run on CI");
    }
    Assumptions.abort(what + " missing; browser test skipped outside CI");
  }

  private static String onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static boolean npmCi(String npm) throws IOException, InterruptedException {
    Process install = new ProcessBuilder(List.of(npm, "ci", "--prefix", SCRIPTS.toString(), "--no-audit",
        "--no-fund", "--loglevel=error")).inheritIO().start();
    if (!install.waitFor(300, TimeUnit.SECONDS)) {
      install.destroyForcibly();
      return false;
    }
    return install.exitValue() == 0;
  }
}
