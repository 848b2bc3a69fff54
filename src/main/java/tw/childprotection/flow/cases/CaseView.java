package tw.childprotection.flow.cases;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/v1/cases/{caseId}} (CONTRACT §3). Times are Taiwan time with offset. */
public record CaseView(
    String caseId,
    CaseKind kind,
    String county,
    Status status,
    Child child,
    List<Step> timeline,
    List<OpenTask> openTasks,
    List<Deadline> deadlines,
    List<Transfer> transfers) {

  public enum Status { OPEN, CLOSED }

  /** Who the case is about; never the national ID, which the caller already knows or must not learn. */
  public record Child(String name, String birthDate, String sex) {
  }

  /** A completed step, or what was done to the case beside its steps: when, who, what it decided. */
  public record Step(OffsetDateTime at, String step, String by, String outcome) {
  }

  /** An open task; {@code assignee} is who holds it (null while it waits in the group's pool). */
  public record OpenTask(String taskId, String name, String candidateGroup, OffsetDateTime due, String assignee) {
  }

  /** Handed to another county for follow-up (辦法 第14條); the case id stays. */
  public record Transfer(String fromCounty, String toCounty, OffsetDateTime transferredAt, String reason) {
  }

  public record Deadline(String code, String basis, OffsetDateTime startedAt, OffsetDateTime dueAt,
      String status) {
  }

  /** One case found by {@code GET /api/v1/cases?q=}. */
  public record Found(String caseId, CaseKind kind, String county, Status status, Child child) {
  }

  /** {@code GET /api/v1/cases?q=}. */
  public record Search(List<Found> cases) {
  }
}
