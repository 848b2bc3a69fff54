package tw.childprotection.flow.activecare.intake;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.activecare.intake.ActiveCareReferrals.Outcome;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.validation.ForbiddenException;

/**
 * 主動關懷轉介 (CONTRACT §3): one referral as JSON, or an agency's transmission as NDJSON or CSV in
 * which each line stands alone — good lines are kept, bad ones reported by line number.
 */
@RestController
@RequestMapping("/api/v1/active-care/referrals")
class ReferralController {

  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";

  private final TransmissionIntake intake;
  private final ReferralLines lines;
  private final CurrentUser user;

  ReferralController(TransmissionIntake intake, ReferralLines lines, CurrentUser user) {
    this.intake = intake;
    this.lines = lines;
    this.user = user;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "ReferralAnswer")
  record Answer(@JsonInclude(JsonInclude.Include.ALWAYS) String caseId,
      @JsonInclude(JsonInclude.Include.ALWAYS) String processInstanceId, boolean duplicate, Boolean addedSource,
      Boolean forwarded, Boolean identityCheck) {

    static Answer of(ReferralIntake.Result result) {
      return new Answer(result.caseId(), result.processInstanceId(), result.duplicate(),
          result.outcome() == Outcome.ADDED_SOURCE ? Boolean.TRUE : null, result.forwarded() ? Boolean.TRUE : null,
          result.outcome() == Outcome.IDENTITY_CHECK ? Boolean.TRUE : null);
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Answer> refer(@RequestBody(required = false) ReferralRequest request) {
    ReferralIntake.Result result = intake.receive(request, referrer(), ReferralIntake.Entry.REFERRAL);
    HttpStatus status = result.outcome() == Outcome.NEW_CASE ? HttpStatus.CREATED
        : result.caseId() == null ? HttpStatus.ACCEPTED : HttpStatus.OK;
    return ResponseEntity.status(status).body(Answer.of(result));
  }

  /**
   * @param expected how many referrals the agency says it sent; when given, the answer says whether
   *     the transmission arrived whole, and an incomplete one raises the alarm
   */
  @PostMapping(path = "/batch", consumes = {NDJSON, CSV})
  TransmissionIntake.Answer batch(@RequestBody(required = false) String body,
      @RequestHeader("Content-Type") MediaType type, @RequestParam(required = false) Integer expected) {
    List<ReferralLines.Line> parsed = type.isCompatibleWith(MediaType.parseMediaType(CSV))
        ? lines.csv(body == null ? "" : body)
        : lines.ndjson(body == null ? "" : body);
    return intake.receive(parsed, referrer(), agency(), expected);
  }

  /** The sending agency: a national agency's group, else the user's first group. */
  private String agency() {
    return user.groups().stream().filter(Groups.NATIONAL_GROUPS::contains).findFirst()
        .orElse(user.groups().get(0));
  }

  private ReferralIntake.Referrer referrer() {
    if (user.groups().isEmpty()) {
      throw new ForbiddenException("a user without a role may not refer");
    }
    return new ReferralIntake.Referrer(user.id(), user.counties(), user.groups().contains("camunda-admin"));
  }
}
