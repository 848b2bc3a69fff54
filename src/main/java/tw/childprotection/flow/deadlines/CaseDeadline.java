package tw.childprotection.flow.deadlines;

import java.time.Instant;

/** One occurrence of a statutory deadline in a case, as the registry holds it. */
public record CaseDeadline(
    String caseId,
    DeadlineCode code,
    Instant startedAt,
    Instant dueAt,
    DeadlineStatus status,
    Instant completedAt,
    Instant breachedAt) {

  public String basis() {
    return code.basis();
  }
}
