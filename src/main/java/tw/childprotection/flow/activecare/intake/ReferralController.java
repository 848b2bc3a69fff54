package tw.childprotection.flow.activecare.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.InvalidInputException;

/**
 * 主動關懷轉介 (CONTRACT §3): one referral as JSON, or an agency's transmission as NDJSON or CSV in
 * which each line stands alone — good lines are kept, bad ones reported by line number.
 */
@RestController
@RequestMapping("/api/v1/active-care/referrals")
class ReferralController {

  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";
  private static final Logger LOG = LoggerFactory.getLogger(ReferralController.class);

  private final ReferralIntake intake;
  private final ReferralLines lines;
  private final CurrentUser user;

  ReferralController(ReferralIntake intake, ReferralLines lines, CurrentUser user) {
    this.intake = intake;
    this.lines = lines;
    this.user = user;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(String caseId, String processInstanceId, boolean duplicate, Boolean addedSource) {
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Answer> refer(@RequestBody(required = false) ReferralRequest request) {
    ReferralIntake.Result result = receive(request, referrer());
    HttpStatus status = result.outcome() == Outcome.NEW_CASE ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status).body(new Answer(result.caseId(), result.processInstanceId(),
        result.duplicate(), result.outcome() == Outcome.ADDED_SOURCE ? Boolean.TRUE : null));
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BatchAnswer(int received, int accepted, int duplicates, List<Rejected> rejected, Integer expected,
      Boolean complete) {
  }

  record Rejected(int line, List<ApiError> errors) {
  }

  /**
   * @param expected how many referrals the agency says it sent; when given, the answer says whether
   *     the transmission arrived whole (SPEC: every transmission is reconciled)
   */
  @PostMapping(path = "/batch", consumes = {NDJSON, CSV})
  BatchAnswer batch(@RequestBody(required = false) String body, @RequestHeader("Content-Type") MediaType type,
      @RequestParam(required = false) Integer expected) {
    List<ReferralLines.Line> parsed = type.isCompatibleWith(MediaType.parseMediaType(CSV))
        ? lines.csv(body == null ? "" : body)
        : lines.ndjson(body == null ? "" : body);
    ReferralIntake.Referrer referrer = referrer();
    int accepted = 0;
    int duplicates = 0;
    List<Rejected> rejected = new ArrayList<>();
    for (ReferralLines.Line line : parsed) {
      if (!line.errors().isEmpty()) {
        rejected.add(new Rejected(line.number(), line.errors()));
        continue;
      }
      try {
        ReferralIntake.Result result = receive(line.request(), referrer);
        if (result.duplicate()) {
          duplicates++;
        } else {
          accepted++;
        }
      } catch (InvalidInputException e) {
        rejected.add(new Rejected(line.number(), e.errors()));
      } catch (ForbiddenException e) {
        rejected.add(new Rejected(line.number(), List.of(new ApiError("registeredCounty", "FORBIDDEN",
            "you may not refer a child registered in another county", "不得轉介其他直轄市、縣(市)設籍之兒童"))));
      }
    }
    Boolean complete = expected == null ? null : expected == parsed.size();
    if (Boolean.FALSE.equals(complete)) {
      LOG.warn("Active-care transmission from {} incomplete: {} referrals expected, {} received", referrer.userId(),
          expected, parsed.size());
    }
    LOG.info("Active-care transmission from {}: {} lines, {} accepted, {} duplicates, {} rejected",
        referrer.userId(), parsed.size(), accepted, duplicates, rejected.size());
    return new BatchAnswer(parsed.size(), accepted, duplicates, rejected, expected, complete);
  }

  /** Once more if another referral of the same child opened its case in the same moment: then this one joins it. */
  private ReferralIntake.Result receive(ReferralRequest request, ReferralIntake.Referrer referrer) {
    try {
      return intake.receive(request, referrer);
    } catch (ReferralIntake.RaceLost | DuplicateKeyException e) {
      return intake.receive(request, referrer);
    }
  }

  private ReferralIntake.Referrer referrer() {
    if (user.groups().isEmpty()) {
      throw new ForbiddenException("a user without a role may not refer");
    }
    return new ReferralIntake.Referrer(user.id(), user.counties(), user.groups().contains("camunda-admin"));
  }
}
