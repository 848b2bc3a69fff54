package tw.childprotection.flow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.compliance.ReportedCases;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.CaseScenario;
import tw.childprotection.flow.support.PlatformTest;

/**
 * {@code /actuator/prometheus} for operations: administrators only, and the deadline series carry the
 * county, counted from the registry — checked on 連江縣 (LIE), a county no other test uses.
 */
@PlatformTest
class OperationsMetricsTest extends ApiTest {

  static final String PROMETHEUS = "/actuator/prometheus";

  @Autowired ReportIntake intake;
  @Autowired OperationsMetrics metrics;
  @Autowired DeadlineRegistry registry;

  @Test
  void metricsNeedAnAdministratorWhileHealthStaysOpenForLoadBalancers() {
    assertThat(http.get(PROMETHEUS, null).statusCode()).isEqualTo(401);
    assertThat(http.get(PROMETHEUS, null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
    assertThat(http.get(PROMETHEUS, "manager.tpe").statusCode()).isEqualTo(403);
    assertThat(scrape("admin").statusCode()).isEqualTo(200);
    assertThat(http.get("/actuator/metrics", null).statusCode()).isEqualTo(401);
    HttpResponse<String> health = http.get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP").doesNotContain("details");
  }

  @Test
  void deadlineSeriesAreLabelledByCodeCountyAndStatusAndCountTheRegistry() {
    ReportedCases reports = new ReportedCases(intake);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    reports.report(County.LIE, 2, now);
    reports.report(County.LIE, 3, now);
    reports.report(County.LIE, 30, now);
    new CaseScenario(engine, registry).runJobs(); // the report's registration, then the dispatch runs
    metrics.refresh();

    String scrape = scrape("admin").body();
    assertThat(value(scrape, "cpf_deadlines", "code=\"CP_REPORT_24H\",county=\"LIE\",status=\"MET\""))
        .isEqualTo(registryCount("LIE", "CP_REPORT_24H", "MET")).isEqualTo(2);
    assertThat(value(scrape, "cpf_deadlines", "code=\"CP_REPORT_24H\",county=\"LIE\",status=\"BREACHED\""))
        .isEqualTo(1);
    assertThat(value(scrape, "cpf_deadlines", "code=\"CP_DISPATCH_24H\",county=\"LIE\",status=\"PENDING\""))
        .isEqualTo(registryCount("LIE", "CP_DISPATCH_24H", "PENDING")).isEqualTo(3);
    assertThat(value(scrape, "cpf_deadline_breaches_last_day", "code=\"CP_REPORT_24H\",county=\"LIE\""))
        .isEqualTo(1);
    assertThat(value(scrape, "cpf_cases_opened", "county=\"LIE\",kind=\"PROTECTION\"")).isEqualTo(3);
    // series of other kinds exist once there is something to count (an incident, a closed case)
    assertThat(scrape).contains("cpf_jobs_backlog{", "cpf_jobs_failed{", "cpf_jobs_backlog_oldest_seconds{");
  }

  @Test
  void requestLatencyOfTheCaseApiIsMeasured() {
    http.get("/api/v1/cases/CP-TPE-2026-999999", "social.tpe");
    assertThat(scrape("admin").body()).contains("http_server_requests_seconds_bucket{");
  }

  /** As Prometheus asks: plain text, the administrator's HTTP Basic. */
  private HttpResponse<String> scrape(String user) {
    String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + PROMETHEUS)).header("Accept", "text/plain;version=0.0.4")
          .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long registryCount(String county, String code, String status) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cpf_case_deadline d JOIN ACT_HI_PROCINST p"
        + " ON p.ID_ = d.process_instance_id WHERE p.TENANT_ID_ = ? AND d.code = ? AND d.status = ?",
        Long.class, county, code, status);
  }

  /** The value of the series {@code name} whose labels include {@code labels} (in Prometheus' sorted order). */
  private static double value(String scrape, String name, String labels) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(labels) + "[^}]*\\} (\\S+)$")
        .matcher(scrape);
    assertThat(m.find()).as(name + "{" + labels + "} in the scrape").isTrue();
    return Double.parseDouble(m.group(1));
  }
}
