package tw.childprotection.flow.cases;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/v1/cases/{caseId}} (CONTRACT §3). Times are Taiwan time with offset. */
public record CaseView(
    String caseId,
    CaseKind kind,
    String county,
    Status status,
    List<OpenTask> openTasks,
    List<Deadline> deadlines,
    List<Transfer> transfers) {

  public enum Status { OPEN, CLOSED }

  public record OpenTask(String taskId, String name, String candidateGroup, OffsetDateTime due) {
  }

  /** Handed to another county for follow-up (辦法 第14條); the case id stays. */
  public record Transfer(String fromCounty, String toCounty, OffsetDateTime transferredAt, String reason) {
  }

  public record Deadline(String code, String basis, OffsetDateTime startedAt, OffsetDateTime dueAt,
      String status) {
  }
}
