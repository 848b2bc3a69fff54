package tw.childprotection.flow.casework;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.childprotection.flow.cases.CaseEvents;
import tw.childprotection.flow.cases.CaseId;
import tw.childprotection.flow.cases.CaseViews;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.NotFoundException;

/**
 * The case file (issue 11): PDF and images attached to a case, at most {@link #MOST_BYTES} each, kept in
 * the database, read only by people who may see the case (its county), every upload in the timeline.
 */
@Service
public class CaseDocuments {

  public static final int MOST_BYTES = 10 * 1024 * 1024;
  static final String FILED = "上傳文件";
  /** What each accepted type starts with: the declared type must match the content. */
  private static final Map<String, byte[]> SIGNATURES = Map.of(
      "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
      "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final CaseViews cases;
  private final CaseFile file;
  private final CaseEvents events;
  private final CurrentUser user;

  CaseDocuments(CaseViews cases, CaseFile file, CaseEvents events, CurrentUser user) {
    this.cases = cases;
    this.file = file;
    this.events = events;
    this.user = user;
  }

  /** The upload was larger than {@link #MOST_BYTES}: 413. */
  public static class TooLarge extends RuntimeException {
    public TooLarge() {
      super("a document may be at most " + MOST_BYTES + " bytes");
    }
  }

  /** Not a PDF, PNG or JPEG (or not what it says it is): 415. */
  public static class NotAccepted extends RuntimeException {
    public NotAccepted() {
      super("only PDF, PNG and JPEG documents are kept");
    }
  }

  /** A document and its content, for downloading. */
  public record Download(CaseFile.Document document, byte[] content) {
  }

  @Transactional
  public CaseFile.Document attach(String caseIdText, String fileName, String contentType, byte[] content,
      String taskName) {
    CaseId caseId = visible(caseIdText);
    InputCheck check = new InputCheck();
    if (check.required("fileName", fileName) && fileName.strip().length() > 200) {
      check.add("fileName", "TOO_LONG", "at most 200 characters", "檔名最多 200 字");
    }
    if (content == null || content.length == 0) {
      check.add("file", "EMPTY", "the document is empty", "文件是空的");
    }
    check.throwIfInvalid();
    if (content.length > MOST_BYTES) {
      throw new TooLarge();
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    byte[] signature = SIGNATURES.get(type);
    if (signature == null || !startsWith(content, signature)) {
      throw new NotAccepted();
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String name = fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
    String id = file.add(caseId.toString(), name, type, content, now, user.id(), taskName);
    events.add(new CaseEvents.Event(caseId.toString(), now, FILED, user.id(),
        name + "（" + (content.length + 1023) / 1024 + " KB）" + (taskName == null ? "" : "，於「" + taskName + "」")));
    return file.find(id).orElseThrow();
  }

  public List<CaseFile.Document> list(String caseIdText) {
    return file.list(visible(caseIdText).toString());
  }

  public Download download(String caseIdText, String documentId) {
    CaseId caseId = visible(caseIdText);
    CaseFile.Document document = file.find(documentId).filter(d -> d.caseId().equals(caseId.toString()))
        .orElseThrow(() -> new NotFoundException("documentId", documentId));
    return new Download(document, file.content(documentId));
  }

  private CaseId visible(String caseIdText) {
    return CaseId.parse(caseIdText).filter(cases::visible)
        .orElseThrow(() -> new NotFoundException("caseId", String.valueOf(caseIdText)));
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
