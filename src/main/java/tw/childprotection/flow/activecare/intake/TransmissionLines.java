package tw.childprotection.flow.activecare.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.childprotection.flow.validation.ApiError;

/**
 * The lines of a transmission processed in the background (cpf_transmission_line): stored when it is
 * accepted, judged chunk by chunk by transmissionProcessing.bpmn's jobs. A line's referral is dropped once
 * it is judged (the case holds it); its outcome and errors stay for the sender to read.
 */
@Repository
class TransmissionLines {

  /** What became of a line; PENDING until a job judged it. */
  enum Outcome {
    PENDING, ACCEPTED, DUPLICATE, REJECTED
  }

  record Pending(int number, ReferralRequest request) {

    @Override
    public String toString() {
      return "Pending[line=" + number + "]";
    }
  }

  record Judged(int number, Outcome outcome, List<ApiError> errors) {
  }

  private static final int INSERT_BATCH = 1_000;
  private static final TypeReference<List<ApiError>> ERRORS = new TypeReference<>() { };

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  TransmissionLines(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every line as received: readable ones PENDING, unreadable ones REJECTED with their errors. */
  void store(String transmissionId, List<ReferralLines.Line> lines) {
    List<Object[]> rows = new ArrayList<>(INSERT_BATCH);
    for (ReferralLines.Line line : lines) {
      boolean readable = line.errors().isEmpty();
      rows.add(new Object[] {transmissionId, line.number(), readable ? write(line.request()) : null,
          (readable ? Outcome.PENDING : Outcome.REJECTED).name(), readable ? null : write(line.errors())});
      if (rows.size() == INSERT_BATCH) {
        insert(rows);
        rows.clear();
      }
    }
    insert(rows);
  }

  /** The next {@code limit} lines not judged yet, in line order. */
  List<Pending> pending(String transmissionId, int limit) {
    return jdbc.query("SELECT line_no, referral FROM cpf_transmission_line WHERE transmission_id = ? AND outcome = ?"
            + " ORDER BY line_no FETCH FIRST " + limit + " ROWS ONLY",
        (rs, n) -> new Pending(rs.getInt(1), read(rs.getString(2))), transmissionId, Outcome.PENDING.name());
  }

  boolean anyPending(String transmissionId) {
    return count(transmissionId).getOrDefault(Outcome.PENDING, 0) > 0;
  }

  /**
   * Writes a line's outcome and drops its referral, but only while it is still PENDING.
   *
   * @return false if the line was judged already (then nothing is written)
   */
  boolean judged(String transmissionId, int number, Outcome outcome, List<ApiError> errors) {
    return jdbc.update("UPDATE cpf_transmission_line SET outcome = ?, errors = ?, referral = NULL"
            + " WHERE transmission_id = ? AND line_no = ? AND outcome = ?", outcome.name(),
        errors.isEmpty() ? null : write(errors), transmissionId, number, Outcome.PENDING.name()) == 1;
  }

  Map<Outcome, Integer> count(String transmissionId) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    jdbc.query("SELECT outcome, COUNT(*) FROM cpf_transmission_line WHERE transmission_id = ? GROUP BY outcome",
        rs -> {
          counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
        }, transmissionId);
    return counts;
  }

  /** Lines {@code from} (1-based line numbers) on, at most {@code limit}, with their outcomes. */
  List<Judged> page(String transmissionId, int from, int limit) {
    return jdbc.query("SELECT line_no, outcome, errors FROM cpf_transmission_line WHERE transmission_id = ?"
            + " AND line_no >= ? ORDER BY line_no FETCH FIRST " + limit + " ROWS ONLY",
        (rs, n) -> new Judged(rs.getInt(1), Outcome.valueOf(rs.getString(2)), errors(rs.getString(3))),
        transmissionId, from);
  }

  /** The rejected lines, in line order. */
  List<Judged> rejected(String transmissionId) {
    return jdbc.query("SELECT line_no, outcome, errors FROM cpf_transmission_line WHERE transmission_id = ?"
            + " AND outcome = ? ORDER BY line_no",
        (rs, n) -> new Judged(rs.getInt(1), Outcome.valueOf(rs.getString(2)), errors(rs.getString(3))),
        transmissionId, Outcome.REJECTED.name());
  }

  private void insert(List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO cpf_transmission_line (transmission_id, line_no, referral, outcome, errors)"
          + " VALUES (?, ?, ?, ?, ?)", rows);
    }
  }

  private List<ApiError> errors(String text) {
    if (text == null) {
      return List.of();
    }
    try {
      return json.readValue(text, ERRORS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored line's errors are unreadable");
    }
  }

  private ReferralRequest read(String text) {
    try {
      return json.readValue(text, ReferralRequest.class);
    } catch (JsonProcessingException e) {
      // the parser's message may quote the referral: never pass it on
      throw new IllegalStateException("a stored transmission line is unreadable");
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a transmission line could not be written as JSON");
    }
  }
}
