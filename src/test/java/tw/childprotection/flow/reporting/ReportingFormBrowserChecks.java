package tw.childprotection.flow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.Browser;
import tw.childprotection.flow.support.NationalIds;

/**
 * Issue 14's "done when": a teacher files a report in the browser and gets a case number. Headless
 * Chromium (zh-TW) drives the web form (src/test/browser/reporting/file-report.mjs, playwright-core);
 * its screenshots go to target/screenshots (SCREENSHOTS_DIR=docs/screenshots renews the docs' ones).
 * Without Chromium or Node the test is skipped on a developer's machine and fails on CI (CI=true): a
 * browser check that quietly did not run proves nothing ({@link Browser}). Run on H2
 * ({@code ReportingFormBrowserTest}, in the browser suite's JVM of its own) and PostgreSQL
 * ({@code ReportingFormBrowserPostgresTest}, in the PostgreSQL suite's).
 */
abstract class ReportingFormBrowserChecks extends ApiTest {

  /** The form's script; node finds the browser tests' one npm package from here, in the parent folder. */
  static final Path SCRIPT_DIR = Browser.SCRIPTS.resolve("reporting");
  /** Where the screenshots go: target/ unless SCREENSHOTS_DIR says (docs/screenshots to renew the docs'). */
  static final Path SCREENSHOTS = Path.of(System.getenv().getOrDefault("SCREENSHOTS_DIR", "target/screenshots"));

  @Test
  void aTeacherFilesAReportInTheBrowserAndGetsACaseNumber() throws Exception {
    Browser tools = Browser.require();
    Files.createDirectories(SCREENSHOTS);
    String child = NationalIds.valid('T', '1', 5_550_001 + (int) (System.nanoTime() % 100_000));
    String wrong = child.substring(0, 9) + (char) ('0' + (child.charAt(9) - '0' + 1) % 10);
    long before = count("cpf_protection_report");

    Path output = Files.createTempFile("reporting-form", ".out");
    int exit = run(List.of(tools.node(), "file-report.mjs", "http://localhost:" + port,
        SCREENSHOTS.toAbsolutePath().toString(), child, wrong), SCRIPT_DIR, 180, output);
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(exit).as(printed).isZero();

    JsonNode result = json.readTree(printed.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
    String caseId = result.path("caseId").asText();
    assertThat(caseId).matches("CP-TPE-\\d{4}-\\d{6}");
    assertThat(result.path("handlingCounty").asText()).isEqualTo("臺北市（TPE）");
    assertThat(result.path("mine").asInt()).isPositive();
    assertThat(count("cpf_protection_report")).as("the wrong first attempt opened no case").isEqualTo(before + 1);
    HistoricProcessInstance opened = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).singleResult();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(opened.getId()).variableName(MyReports.VAR_REPORTED_BY).singleResult().getValue())
        .isEqualTo("teacher.tpe");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(opened.getId()).variableName("reporterProfession").singleResult().getValue())
        .isEqualTo("EDUCATION");
    assertThat(SCREENSHOTS.resolve("reporting-form-case-number-zh.png")).isNotEmptyFile();
  }

  private static int run(List<String> command, Path dir, int seconds, Path output)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    Process process = builder.start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
