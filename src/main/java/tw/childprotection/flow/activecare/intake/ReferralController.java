package tw.childprotection.flow.activecare.intake;

import java.net.URI;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.activecare.intake.ActiveCareReferrals.Outcome;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.NotFoundException;

/**
 * 主動關懷轉介 (CONTRACT §3): one referral as JSON, or an agency's transmission as NDJSON or CSV in
 * which each line stands alone — good lines are kept, bad ones reported by line number.
 */
@RestController
@RequestMapping("/api/v1/active-care/referrals")
record ReferralController(TransmissionIntake intake, ReferralLines lines, CurrentUser user,
    BackgroundTransmissions background) {

  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";
  static final String BATCH_PATH = "/api/v1/active-care/referrals/batch";
  static final int MAX_PAGE = 1000;

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
  ResponseEntity<TransmissionIntake.Answer> batch(@RequestBody(required = false) String body,
      @RequestHeader("Content-Type") MediaType type, @RequestParam(required = false) Integer expected) {
    List<ReferralLines.Line> parsed = type.isCompatibleWith(MediaType.parseMediaType(CSV))
        ? lines.csv(body == null ? "" : body)
        : lines.ndjson(body == null ? "" : body);
    TransmissionIntake.Answer answer = intake.receive(parsed, referrer(), agency(), expected);
    if (answer.transmissionId() == null) {
      return ResponseEntity.ok(answer);
    }
    return ResponseEntity.accepted().location(URI.create(BATCH_PATH + "/" + answer.transmissionId())).body(answer);
  }

  /** A transmission accepted for background processing: its progress and rejected lines, for its sender. */
  @GetMapping("/batch/{transmissionId}")
  TransmissionIntake.Answer transmission(@PathVariable String transmissionId) {
    return background.progress(transmissionId, user.id(), administrator())
        .orElseThrow(() -> new NotFoundException("transmissionId", transmissionId));
  }

  @Schema(name = "TransmissionLines")
  record LinesAnswer(List<LineResult> lines) {
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Schema(name = "TransmissionLine")
  record LineResult(int line, String outcome, List<ApiError> errors) {
  }

  /**
   * Each line's result, in line order from line {@code from}, at most {@code limit} (≤ 1000) a page.
   */
  @GetMapping("/batch/{transmissionId}/lines")
  LinesAnswer transmissionLines(@PathVariable String transmissionId, @RequestParam(defaultValue = "1") int from,
      @RequestParam(defaultValue = "1000") int limit) {
    InputCheck check = new InputCheck();
    if (from < 1) {
      check.add("from", "OUT_OF_RANGE", "from is a line number, 1 or more", "from 為行號，須為 1 以上");
    }
    if (limit < 1 || limit > MAX_PAGE) {
      check.add("limit", "OUT_OF_RANGE", "limit is 1 to " + MAX_PAGE, "limit 須介於 1 至 " + MAX_PAGE);
    }
    check.throwIfInvalid();
    return new LinesAnswer(background.lines(transmissionId, user.id(), administrator(), from, limit)
        .orElseThrow(() -> new NotFoundException("transmissionId", transmissionId)).stream()
        .map(l -> new LineResult(l.number(), l.outcome().name(), l.errors())).toList());
  }

  private boolean administrator() {
    return user.administrator();
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
    return new ReferralIntake.Referrer(user.id(), user.counties(), user.administrator());
  }
}
