package tw.childprotection.flow.activecare.transmissions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The agency transmissions received, by agency (its group, e.g. {@code cdc}) and time, counts only. */
@Repository
public class Transmissions {

  public static final String PROCESSING = "PROCESSING";
  public static final String DONE = "DONE";

  private final JdbcTemplate jdbc;

  Transmissions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Counts(Integer expected, int received, int accepted, int duplicates, int rejected) {

    /** Whether as many arrived as the agency said it sent; unknown (true) when it did not say. */
    public boolean complete() {
      return expected == null || expected == received;
    }
  }

  public void record(String agency, String sentBy, Instant receivedAt, Counts counts) {
    insert(UUID.randomUUID().toString(), agency, sentBy, receivedAt, counts, null);
  }

  /** A transmission accepted for background processing: its counts so far, status PROCESSING. */
  public void accepted(String id, String agency, String sentBy, Instant receivedAt, Counts counts) {
    insert(id, agency, sentBy, receivedAt, counts, PROCESSING);
  }

  /** Its last line judged: the final counts, status DONE. */
  public void done(String id, Counts counts) {
    jdbc.update("UPDATE cpf_transmission SET accepted = ?, duplicates = ?, rejected = ?, status = ? WHERE id = ?",
        counts.accepted(), counts.duplicates(), counts.rejected(), DONE, id);
  }

  /** A transmission processed in the background, as recorded; empty for another sender's or none. */
  public java.util.Optional<Recorded> find(String id, String sentBy, boolean administrator) {
    return jdbc.query("SELECT agency, sent_by, received_at, expected, received, accepted, duplicates, rejected, status"
        + " FROM cpf_transmission WHERE id = ? AND status IS NOT NULL", (rs, n) -> new Recorded(id, rs.getString(1),
            rs.getString(2), rs.getTimestamp(3).toInstant(), new Counts((Integer) rs.getObject(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8)), rs.getString(9)), id).stream()
        .filter(t -> administrator || t.sentBy().equals(sentBy)).findFirst();
  }

  public record Recorded(String id, String agency, String sentBy, Instant receivedAt, Counts counts, String status) {
  }

  private void insert(String id, String agency, String sentBy, Instant receivedAt, Counts counts, String status) {
    jdbc.update("INSERT INTO cpf_transmission (id, agency, sent_by, received_at, expected, received, accepted,"
            + " duplicates, rejected, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, agency, sentBy, Timestamp.from(receivedAt), counts.expected(), counts.received(),
        counts.accepted(), counts.duplicates(), counts.rejected(), status);
  }

  /** Of {@code agencies}, those that sent nothing from {@code from} until {@code until}. */
  List<String> silentBetween(List<String> agencies, Instant from, Instant until) {
    return agencies.stream()
        .filter(agency -> jdbc.queryForObject("SELECT COUNT(*) FROM cpf_transmission WHERE agency = ?"
            + " AND received_at >= ? AND received_at <= ?", Long.class, agency, Timestamp.from(from),
            Timestamp.from(until)) == 0)
        .toList();
  }
}
