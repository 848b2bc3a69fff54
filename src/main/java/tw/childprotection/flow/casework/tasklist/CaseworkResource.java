package tw.childprotection.flow.casework.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.context.ApplicationContext;
import tw.childprotection.flow.casework.CaseAssignments;
import tw.childprotection.flow.casework.CaseDesk;
import tw.childprotection.flow.casework.CaseDocuments;
import tw.childprotection.flow.casework.CaseworkDrafts;
import tw.childprotection.flow.casework.CaseworkErrors;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ApiErrors;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.InvalidInputException;
import tw.childprotection.flow.validation.NotFoundException;

/**
 * What the Tasklist plugin asks, as the logged-in Tasklist user: the engine authentication Tasklist put
 * on the request makes every case and task read tenant- and authorization-checked, as on {@code /api}.
 * Answers and errors have the shapes of {@code /api} (CONTRACT §3).
 */
@Produces(MediaType.APPLICATION_JSON)
public class CaseworkResource extends AbstractTasklistPluginResource {

  private final CaseDesk desk;
  private final CaseAssignments assignments;
  private final CaseDocuments documents;
  private final CaseworkDrafts drafts;
  private final ObjectMapper json;

  CaseworkResource(String engineName, ApplicationContext spring) {
    super(engineName);
    this.desk = spring.getBean(CaseDesk.class);
    this.assignments = spring.getBean(CaseAssignments.class);
    this.documents = spring.getBean(CaseDocuments.class);
    this.drafts = spring.getBean(CaseworkDrafts.class);
    this.json = spring.getBean(ObjectMapper.class);
  }

  @GET
  @Path("tasks/{taskId}/case")
  public Response taskCase(@PathParam("taskId") String taskId) {
    return answer(() -> desk.taskCase(taskId));
  }

  @GET
  @Path("tasks/{taskId}/card")
  public Response card(@PathParam("taskId") String taskId) {
    return answer(() -> desk.card(taskId));
  }

  @GET
  @Path("tasks/{taskId}/draft")
  public Response draft(@PathParam("taskId") String taskId) {
    return answer(() -> drafts.find(taskId));
  }

  @PUT
  @Path("tasks/{taskId}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response saveDraft(@PathParam("taskId") String taskId, String body) {
    return answer(() -> drafts.save(taskId, body));
  }

  @DELETE
  @Path("tasks/{taskId}/draft")
  public Response dropDraft(@PathParam("taskId") String taskId) {
    return answer(() -> drafts.drop(taskId));
  }

  @GET
  @Path("cases/{caseId}")
  public Response folder(@PathParam("caseId") String caseId) {
    return answer(() -> desk.folder(caseId));
  }

  @GET
  @Path("cases")
  public Response search(@QueryParam("q") String q) {
    return answer(() -> desk.search(q));
  }

  @POST
  @Path("cases/{caseId}/owner")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reassignCase(@PathParam("caseId") String caseId, String body) {
    return reassign(body, (to, reason) -> assignments.reassignCase(caseId, to, reason));
  }

  @POST
  @Path("case-owners/{worker}/reassign")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reassignWorker(@PathParam("worker") String worker, String body) {
    return reassign(body, (to, reason) -> assignments.reassignWorker(worker, to, reason));
  }

  @POST
  @Path("cases/{caseId}/attachments")
  @Consumes(MediaType.WILDCARD)
  public Response attach(@PathParam("caseId") String caseId, @QueryParam("fileName") String fileName,
      @QueryParam("taskName") String taskName, @HeaderParam("Content-Type") String contentType, byte[] content) {
    return answer(() -> documents.attach(caseId, fileName, contentType, content, taskName));
  }

  /** The document as it was filed, whatever its type. */
  @GET
  @Path("cases/{caseId}/attachments/{documentId}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("caseId") String caseId, @PathParam("documentId") String documentId) {
    try {
      CaseDocuments.Download download = documents.download(caseId, documentId);
      return Response.ok(download.content(), download.document().contentType())
          .header("Content-Disposition", "inline; filename*=UTF-8''"
              + URLEncoder.encode(download.document().fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
          .header("X-Content-Type-Options", "nosniff").build();
    } catch (RuntimeException e) {
      return error(e);
    }
  }

  /** A reassignment's body is {@code {"to": "…", "reason": "…"}}, as on {@code /api}. */
  private Response reassign(String body, BiFunction<String, String, Object> reassignment) {
    return answer(() -> {
      JsonNode request = read(body);
      return reassignment.apply(text(request, "to"), text(request, "reason"));
    });
  }

  private Response answer(Supplier<Object> work) {
    try {
      return Response.ok(json.writeValueAsString(work.get()), MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .build();
    } catch (RuntimeException e) {
      return error(e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be written as JSON", e);
    }
  }

  private Response error(RuntimeException e) {
    int status;
    ApiErrors errors;
    if (e instanceof InvalidInputException invalid) {
      status = 400;
      errors = new ApiErrors(invalid.errors());
    } else if (e instanceof NotFoundException notFound) {
      status = 404;
      errors = ApiErrors.of(notFound.error());
    } else if (e instanceof ForbiddenException || e instanceof AuthorizationException) {
      status = 403;
      errors = ApiErrors.of(new ApiError(null, "FORBIDDEN", "your role may not do this",
          "您的角色沒有執行此操作的權限"));
    } else if (e instanceof CaseDocuments.TooLarge) {
      status = 413;
      errors = ApiErrors.of(CaseworkErrors.TOO_LARGE);
    } else if (e instanceof CaseDocuments.NotAccepted) {
      status = 415;
      errors = ApiErrors.of(CaseworkErrors.NOT_ACCEPTED);
    } else {
      throw e;
    }
    try {
      return Response.status(status).entity(json.writeValueAsString(errors))
          .type(MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException(unwritable);
    }
  }

  private JsonNode read(String body) {
    try {
      return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(new ApiError("body", "MALFORMED_JSON",
          "the request body is not valid JSON", "請求內容不是格式正確的 JSON")));
    }
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
