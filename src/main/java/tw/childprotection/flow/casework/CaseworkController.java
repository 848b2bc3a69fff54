package tw.childprotection.flow.casework;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.validation.ApiErrors;

/**
 * The case file and case owners over HTTP (HTTP Basic, as the rest of {@code /api}); Tasklist's 「案件」
 * tab calls the same services through its plugin. A document is posted as its own body with its type
 * ({@code application/pdf}, {@code image/png}, {@code image/jpeg}) and {@code ?fileName=}.
 */
@RestController
@RequestMapping("/api/v1")
record CaseworkController(CaseDocuments documents, CaseAssignments assignments) {

  /** Reassigning: to whom and why. */
  record Reassignment(String to, String reason) {
  }

  @PostMapping("/cases/{caseId}/attachments")
  ResponseEntity<CaseFile.Document> attach(@PathVariable String caseId, @RequestParam(required = false) String fileName,
      @RequestParam(required = false) String taskName,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long length,
      @RequestBody(required = false) byte[] content) {
    if (length != null && length > CaseDocuments.MOST_BYTES) {
      throw new CaseDocuments.TooLarge();
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(documents.attach(caseId, fileName, contentType, content, taskName));
  }

  @GetMapping("/cases/{caseId}/attachments")
  List<CaseFile.Document> documents(@PathVariable String caseId) {
    return documents.list(caseId);
  }

  @GetMapping("/cases/{caseId}/attachments/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String documentId) {
    CaseDocuments.Download download = documents.download(caseId, documentId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.document().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
            + URLEncoder.encode(download.document().fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .body(download.content());
  }

  @PostMapping("/cases/{caseId}/owner")
  CaseAssignments.Reassigned reassignCase(@PathVariable String caseId, @RequestBody Reassignment body) {
    return assignments.reassignCase(caseId, body.to(), body.reason());
  }

  @PostMapping("/case-owners/{worker}/reassign")
  CaseAssignments.Reassigned reassignWorker(@PathVariable String worker, @RequestBody Reassignment body) {
    return assignments.reassignWorker(worker, body.to(), body.reason());
  }

  @ExceptionHandler(CaseDocuments.TooLarge.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  ApiErrors tooLarge() {
    return ApiErrors.of(CaseworkErrors.TOO_LARGE);
  }

  @ExceptionHandler(CaseDocuments.NotAccepted.class)
  @ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
  ApiErrors notAccepted() {
    return ApiErrors.of(CaseworkErrors.NOT_ACCEPTED);
  }
}
