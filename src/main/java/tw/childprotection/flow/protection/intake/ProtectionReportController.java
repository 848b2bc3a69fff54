package tw.childprotection.flow.protection.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.validation.ForbiddenException;

/** 兒少保護通報 (CONTRACT §3): any government user with a role may pass a report on. */
@RestController
@RequestMapping("/api/v1/protection/reports")
record ProtectionReportController(ReportIntake intake, CurrentUser user) {

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ReportIntake.Accepted report(@RequestBody(required = false) ProtectionReportRequest request) {
    if (user.groups().isEmpty()) {
      throw new ForbiddenException("a user without a role may not report");
    }
    return intake.receive(request, user.id());
  }
}
