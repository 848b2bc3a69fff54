package tw.childprotection.flow.activecare.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.activecare.transmissions.TransmissionWatch;
import tw.childprotection.flow.activecare.transmissions.Transmissions;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.InvalidInputException;

/**
 * An agency transmission, line by line: each referral in its own transaction, so the good ones are
 * kept and the bad ones reported by line; then the transmission's counts are recorded and, when fewer
 * arrived than the agency said it sent, the alarm goes up (SPEC: every transmission is reconciled). A
 * large one is not held in the request: {@link BackgroundTransmissions} takes it.
 */
@Service
class TransmissionIntake {

  private static final Logger LOG = LoggerFactory.getLogger(TransmissionIntake.class);

  private final ReferralIntake intake;
  private final Transmissions transmissions;
  private final TransmissionWatch watch;
  private final BackgroundTransmissions background;
  private final int atOnce;

  TransmissionIntake(ReferralIntake intake, Transmissions transmissions, TransmissionWatch watch,
      BackgroundTransmissions background,
      @Value("${child-protection.transmissions.answer-at-once-up-to:500}") int atOnce) {
    this.intake = intake;
    this.transmissions = transmissions;
    this.watch = watch;
    this.background = background;
    this.atOnce = atOnce;
  }

  static final ApiError FORBIDDEN_LINE = new ApiError("registeredCounty", "FORBIDDEN",
      "you may not refer a child registered in another county", "不得轉介其他直轄市、縣(市)設籍之兒童");

  /**
   * A transmission's answer: at once (200, no {@code transmissionId}), or for one processed in the background
   * (202, then {@code GET}) its progress so far: {@code processed} of {@code received} lines judged.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TransmissionAnswer")
  record Answer(String transmissionId, String status, int received, Integer processed, int accepted, int duplicates,
      List<Rejected> rejected, Integer expected, Boolean complete) {

    Answer(int received, int accepted, int duplicates, List<Rejected> rejected, Integer expected, Boolean complete) {
      this(null, null, received, null, accepted, duplicates, rejected, expected, complete);
    }
  }

  record Rejected(int line, List<ApiError> errors) {
  }

  /** More lines than {@code answer-at-once-up-to}: accepted for background processing (an answer with an id). */
  Answer receive(List<ReferralLines.Line> lines, ReferralIntake.Referrer referrer, String agency, Integer expected) {
    if (lines.size() > atOnce) {
      return background.accept(lines, referrer, agency, expected);
    }
    int accepted = 0;
    int duplicates = 0;
    List<Rejected> rejected = new ArrayList<>();
    for (ReferralLines.Line line : lines) {
      if (!line.errors().isEmpty()) {
        rejected.add(new Rejected(line.number(), line.errors()));
        continue;
      }
      try {
        if (receive(line.request(), referrer, ReferralIntake.Entry.TRANSMISSION).duplicate()) {
          duplicates++;
        } else {
          accepted++;
        }
      } catch (InvalidInputException e) {
        rejected.add(new Rejected(line.number(), e.errors()));
      } catch (ForbiddenException e) {
        rejected.add(new Rejected(line.number(), List.of(FORBIDDEN_LINE)));
      }
    }
    Transmissions.Counts counts = new Transmissions.Counts(expected, lines.size(), accepted, duplicates,
        rejected.size());
    transmissions.record(agency, referrer.userId(), ClockUtil.getCurrentTime().toInstant(), counts);
    LOG.info("Active-care transmission from {} ({}): {} lines, {} accepted, {} duplicates, {} rejected", agency,
        referrer.userId(), lines.size(), accepted, duplicates, rejected.size());
    if (!counts.complete()) {
      LOG.warn("Active-care transmission from {} incomplete: {} referrals announced, {} received", agency, expected,
          lines.size());
      watch.incomplete(agency, expected, lines.size());
    }
    return new Answer(lines.size(), accepted, duplicates, rejected, expected,
        expected == null ? null : counts.complete());
  }

  /** Once more if another referral of the same child opened its case in the same moment: then this one joins it. */
  ReferralIntake.Result receive(ReferralRequest request, ReferralIntake.Referrer referrer,
      ReferralIntake.Entry entry) {
    try {
      return intake.receive(request, referrer, entry);
    } catch (ReferralIntake.RaceLost | DuplicateKeyException e) {
      return intake.receive(request, referrer, entry);
    }
  }
}
