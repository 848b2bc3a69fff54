package tw.childprotection.flow.reporting;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /reporting}: the web form for mandated reporters (static/reporting/index.html). */
@Controller
class ReportingPage {

  @GetMapping({"/reporting", "/reporting/"})
  String form() {
    return "redirect:/reporting/index.html";
  }
}
