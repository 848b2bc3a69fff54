package tw.childprotection.flow.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The case file: documents attached to a case (reports, photos, court rulings, letters), in the database. */
@Repository
public class CaseFile {

  private static final String SELECT = "SELECT id, case_id, file_name, content_type, size_bytes, uploaded_at,"
      + " uploaded_by, task_name FROM cpf_case_attachment";
  private static final RowMapper<Document> DOCUMENT = (rs, n) -> new Document(rs.getString(1), rs.getString(2),
      rs.getString(3), rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
      rs.getString(8));

  private final JdbcTemplate jdbc;

  CaseFile(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A document as listed: everything but its content. */
  public record Document(String id, String caseId, String fileName, String contentType, long size,
      Instant uploadedAt, String uploadedBy, String taskName) {
  }

  public String add(String caseId, String fileName, String contentType, byte[] content, Instant at, String by,
      String taskName) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO cpf_case_attachment (id, case_id, file_name, content_type, size_bytes, content,"
            + " uploaded_at, uploaded_by, task_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, caseId, fileName, contentType, content.length, content, Timestamp.from(at), by, taskName);
    return id;
  }

  public List<Document> list(String caseId) {
    return jdbc.query(SELECT + " WHERE case_id = ? ORDER BY uploaded_at", DOCUMENT, caseId);
  }

  public Optional<Document> find(String id) {
    return jdbc.query(SELECT + " WHERE id = ?", DOCUMENT, id).stream().findFirst();
  }

  public byte[] content(String id) {
    return jdbc.queryForObject("SELECT content FROM cpf_case_attachment WHERE id = ?", byte[].class, id);
  }
}
