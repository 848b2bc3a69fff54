package tw.childprotection.flow.activecare.intake;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.activecare.intake.TransmissionIntake.Answer;
import tw.childprotection.flow.activecare.intake.TransmissionIntake.Rejected;
import tw.childprotection.flow.activecare.intake.TransmissionLines.Outcome;
import tw.childprotection.flow.activecare.transmissions.TransmissionWatch;
import tw.childprotection.flow.activecare.transmissions.Transmissions;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.security.EngineAsSystem;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.InvalidInputException;

/**
 * A large transmission (CONTRACT §3: accepted for background processing) is not held in a request thread:
 * the request stores its lines and starts transmissionProcessing.bpmn in one transaction and answers 202.
 * The process's jobs then judge the lines a chunk at a time; a chunk's cases and its lines' outcomes commit
 * together, so a job that fails or a node that dies half-way leaves the chunk as it was, and the retried
 * job judges each of its lines exactly once. The sender reads the progress and each line's result.
 */
@Service
public class BackgroundTransmissions {

  static final String VAR_TRANSMISSION = "transmissionId";
  static final String VAR_SENDER = "sentBy";
  static final String VAR_SENDER_COUNTIES = "senderCounties";
  static final String VAR_SENDER_ADMIN = "senderAdministrator";
  static final String VAR_LINES_LEFT = "linesLeft";
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTransmissions.class);

  private final TransmissionLines lines;
  private final Transmissions transmissions;
  private final TransmissionWatch watch;
  private final ReferralIntake intake;
  private final RuntimeService runtime;
  private final EngineAsSystem system;
  private final int chunk;

  BackgroundTransmissions(TransmissionLines lines, Transmissions transmissions, TransmissionWatch watch,
      ReferralIntake intake, RuntimeService runtime, EngineAsSystem system,
      @Value("${child-protection.transmissions.lines-per-job:100}") int chunk) {
    this.lines = lines;
    this.transmissions = transmissions;
    this.watch = watch;
    this.intake = intake;
    this.runtime = runtime;
    this.system = system;
    this.chunk = chunk;
  }

  /** Records the transmission and its lines and starts their processing: nothing is judged yet. */
  @Transactional
  public Answer accept(List<ReferralLines.Line> received, ReferralIntake.Referrer referrer, String agency,
      Integer expected) {
    String id = UUID.randomUUID().toString();
    int unreadable = (int) received.stream().filter(l -> !l.errors().isEmpty()).count();
    Transmissions.Counts counts = new Transmissions.Counts(expected, received.size(), 0, 0, unreadable);
    transmissions.accepted(id, agency, referrer.userId(), ClockUtil.getCurrentTime().toInstant(), counts);
    lines.store(id, received);
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_TRANSMISSION, id);
    v.put(VAR_SENDER, referrer.userId());
    v.put(VAR_SENDER_COUNTIES, String.join(",", referrer.counties()));
    v.put(VAR_SENDER_ADMIN, referrer.administrator());
    system.call(() -> runtime.startProcessInstanceByKey(NationalProcesses.TRANSMISSION_PROCESSING_KEY, "TXP-" + id,
        v));
    LOG.info("Active-care transmission {} from {} ({}): {} lines accepted for background processing", id, agency,
        referrer.userId(), received.size());
    if (!counts.complete()) {
      LOG.warn("Active-care transmission from {} incomplete: {} referrals announced, {} received", agency, expected,
          received.size());
      watch.incomplete(agency, expected, received.size());
    }
    return progress(id, referrer.userId(), true).orElseThrow();
  }

  /** The transmission's progress and rejected lines, for its sender (or an administrator); else empty. */
  Optional<Answer> progress(String id, String userId, boolean administrator) {
    return transmissions.find(id, userId, administrator).map(t -> {
      Map<Outcome, Integer> n = lines.count(id);
      int accepted = n.getOrDefault(Outcome.ACCEPTED, 0);
      int duplicates = n.getOrDefault(Outcome.DUPLICATE, 0);
      List<Rejected> rejected = lines.rejected(id).stream().map(l -> new Rejected(l.number(), l.errors())).toList();
      Transmissions.Counts c = t.counts();
      return new Answer(id, t.status(), c.received(), c.received() - n.getOrDefault(Outcome.PENDING, 0), accepted,
          duplicates, rejected, c.expected(), c.expected() == null ? null : c.complete());
    });
  }

  /** Each line from {@code from} on, at most {@code limit}, with what became of it; else empty. */
  Optional<List<TransmissionLines.Judged>> lines(String id, String userId, boolean administrator, int from,
      int limit) {
    return transmissions.find(id, userId, administrator).map(t -> lines.page(id, from, limit));
  }

  /** One job: the next chunk of lines, each started or joined in this job's transaction. */
  public void judgeNext(DelegateExecution execution) {
    String id = (String) execution.getVariable(VAR_TRANSMISSION);
    ReferralIntake.Referrer referrer = new ReferralIntake.Referrer((String) execution.getVariable(VAR_SENDER),
        Arrays.asList(((String) execution.getVariable(VAR_SENDER_COUNTIES)).split(",")),
        Boolean.TRUE.equals(execution.getVariable(VAR_SENDER_ADMIN)));
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.TAIWAN);
    Set<String> children = new HashSet<>();
    for (TransmissionLines.Pending line : lines.pending(id, chunk)) {
      String child = line.request().child() == null ? null : line.request().child().nationalId();
      if (child != null && !children.add(child)) {
        // the engine writes this job's cases when it commits: the child's second line waits for the next job,
        // which then finds its case
        break;
      }
      Outcome outcome;
      List<ApiError> errors = List.of();
      try {
        intake.admissible(line.request(), referrer, today);
        outcome = intake.receive(line.request(), referrer, ReferralIntake.Entry.TRANSMISSION).duplicate()
            ? Outcome.DUPLICATE : Outcome.ACCEPTED;
      } catch (InvalidInputException e) {
        outcome = Outcome.REJECTED;
        errors = e.errors();
      } catch (ForbiddenException e) {
        outcome = Outcome.REJECTED;
        errors = List.of(TransmissionIntake.FORBIDDEN_LINE);
      }
      if (!lines.judged(id, line.number(), outcome, errors)) {
        throw new IllegalStateException("line " + line.number() + " of transmission " + id + " was judged twice");
      }
    }
    execution.setVariable(VAR_LINES_LEFT, lines.anyPending(id));
  }

  /** The last job: the final counts on the transmission. */
  public void close(DelegateExecution execution) {
    String id = (String) execution.getVariable(VAR_TRANSMISSION);
    Map<Outcome, Integer> n = lines.count(id);
    Transmissions.Counts counts = new Transmissions.Counts(null, 0, n.getOrDefault(Outcome.ACCEPTED, 0),
        n.getOrDefault(Outcome.DUPLICATE, 0), n.getOrDefault(Outcome.REJECTED, 0));
    transmissions.done(id, counts);
    LOG.info("Active-care transmission {} processed: {} accepted, {} duplicates, {} rejected", id, counts.accepted(),
        counts.duplicates(), counts.rejected());
  }
}
