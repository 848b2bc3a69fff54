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
    jdbc.update("INSERT INTO cpf_transmission (id, agency, sent_by, received_at, expected, received, accepted,"
            + " duplicates, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), agency, sentBy, Timestamp.from(receivedAt), counts.expected(), counts.received(),
        counts.accepted(), counts.duplicates(), counts.rejected());
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
