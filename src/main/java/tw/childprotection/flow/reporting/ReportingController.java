package tw.childprotection.flow.reporting;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * What the web form for mandated reporters (static/reporting/, 辦法 第2條「以網際網路…通報」) reads
 * besides the report itself, which it files at {@code POST /api/v1/protection/reports} like any sender.
 */
@RestController
@RequestMapping("/api/v1/reporting")
record ReportingController(MyReports reports, CurrentUser user, IdentityService identity, EngineAsSystem system) {

  record Me(String userId, String name, List<String> counties) {
  }

  record Reports(List<MyReports.MyReport> reports) {
  }

  /** The logged-in user, so the form can greet them and fill in the reporter's name. */
  @GetMapping("/me")
  Me me() {
    String id = user.id();
    List<String> counties = user.counties();
    User profile = system.call(() -> identity.createUserQuery().userId(id).singleResult());
    String name = profile == null ? id : (nullToEmpty(profile.getFirstName()) + nullToEmpty(profile.getLastName()));
    return new Me(id, name, counties);
  }

  /** The reports this user filed: number, date and handling county only. */
  @GetMapping("/reports")
  Reports myReports() {
    return new Reports(reports.of(user.id()));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
