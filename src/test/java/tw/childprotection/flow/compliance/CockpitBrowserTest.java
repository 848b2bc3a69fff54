package tw.childprotection.flow.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.support.CaseScenario.at;

import java.time.OffsetDateTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.ProtectionScenario;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.Browser;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.WebappUser;

/**
 * manager.tpe in Cockpit, in headless Debian chromium with a zh-TW browser (src/test/browser/cockpit.mjs,
 * playwright-core): sees 「法定期限」 with Taipei's figures — those the plugin's API gives, which
 * {@link LegalDeadlinesPluginApiTest} holds to the registry — and no Kaohsiung case, follows an overdue
 * case's link to its deadlines, and meets no button for a change a manager may not make. Screenshots in
 * target/screenshots/cockpit. Without chromium or node it is skipped — except in CI ({@code CI=true}),
 * where it fails ({@link Browser}).
 */
@PlatformTest
class CockpitBrowserTest extends ApiTest {

  /** Monday 2025-03-03 09:00 Taipei: older than any other test's case, so its overdue deadline is listed. */
  static final OffsetDateTime T0 = OffsetDateTime.parse("2025-03-03T09:00:00+08:00");

  @Autowired ReportIntake intake;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void managerOfTaipeiSeesTaipeisDeadlinesNoneOfKaohsiungsAndFollowsAnOverdueCase() throws Exception {
    Browser tools = Browser.require();

    ProtectionScenario s = new ProtectionScenario(engine, numbers, registry);
    ReportedCases reports = new ReportedCases(intake);
    at(T0);
    String taipei = reports.report(County.TPE, 30, T0);
    String kaohsiung = reports.report(County.KHH, 30, T0);
    s.runJobs();
    at(T0.plusHours(25));
    s.fireDueTimers(taipei);
    s.fireDueTimers(kaohsiung);
    at(T0.plusHours(26)); // the browser's "now" until the test ends

    WebappUser manager = WebappUser.as(port, "cockpit", "manager.tpe");
    JsonNode summary = json.readTree(manager.get(LegalDeadlinesPluginApiTest.API + "/summary").body());
    ObjectNode expect = json.createObjectNode();
    ObjectNode codes = expect.putObject("codes");
    for (JsonNode code : summary.get("codes")) {
      codes.set(code.get("code").asText(), code.get("figures"));
    }
    expect.put("overdueCase", taipei);
    expect.putArray("otherCountyCases").add(kaohsiung);

    ProcessBuilder browser = tools.script("cockpit.mjs", port);
    browser.environment().put("SCREENSHOTS", "target/screenshots/cockpit");
    browser.environment().put("EXPECT", expect.toString());
    assertThat(Browser.run(browser, 600)).as("the Cockpit browser checks (output above)").isZero();
  }
}
