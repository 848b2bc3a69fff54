package tw.childprotection.flow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tw.childprotection.flow.validation.ApiError;

/**
 * Issue 12, hole 5, on both of Camunda's REST APIs ({@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine}, which Tasklist uses): every write is looked at before the engine runs it,
 * under the caller the authentication filter (or the webapp's login) put on the engine. What may be written
 * is {@link WorkerWrites}'s and {@link TaskSubmissions}'s to decide; a refusal is a 400 in CONTRACT §3's shape
 * (with Camunda's {@code type} and {@code message}, which Tasklist shows), changes nothing, and is logged as
 * one line naming the fields, never their values.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class EngineWriteGuard implements ContainerRequestFilter {

  /** A person's write is a form's values: far below this. */
  static final int MOST_BYTES = 1 << 20;
  private static final Logger LOG = LoggerFactory.getLogger(EngineWriteGuard.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (READS.contains(request.getMethod()) || engine == null) {
      return;
    }
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return; // no one logged in: the engine and the authentication filters answer
    }
    boolean administrator = caller.getGroupIds() != null
        && caller.getGroupIds().contains(RequestGuards.ADMINISTRATORS);
    String path = request.getUriInfo().getPath();
    path = path.startsWith("/") ? path.substring(1) : path;
    byte[] bytes = request.hasEntity() ? request.getEntityStream().readNBytes(MOST_BYTES + 1) : new byte[0];
    InputStream rest = request.getEntityStream();
    request.setEntityStream(bytes.length > MOST_BYTES ? new SequenceInputStream(new ByteArrayInputStream(bytes), rest)
        : new ByteArrayInputStream(bytes));
    if (bytes.length > MOST_BYTES) {
      if (!administrator) {
        refuse(request, caller, 413, List.of(new ApiError(null, "TOO_LARGE", "the body is over its limit",
            "請求內容超過上限")));
      }
      return; // an administrator's deployment, say: read by Camunda as sent
    }
    if (!administrator && WorkerWrites.target(path).filter(target -> !visible(engine, target)).isPresent()) {
      return; // another county's, or none: the engine refuses it (403) and nothing here says it exists
    }
    JsonNode json;
    try {
      json = json(bytes, request.getMediaType());
    } catch (IOException e) {
      if (!administrator) {
        refuse(request, caller, 400, List.of(new ApiError(null, "MALFORMED_JSON", "the body is not valid JSON",
            "請求內容不是正確的 JSON")));
        return;
      }
      json = null;
    }
    JsonNode body = json;
    List<ApiError> errors = new ArrayList<>(WorkerWrites.check(request.getMethod(), path, body, administrator));
    if (!administrator) {
      WorkerWrites.submittedTask(request.getMethod(), path)
          .ifPresent(task -> errors.addAll(TaskSubmissions.submission(engine, task, body)));
      WorkerWrites.updatedTask(request.getMethod(), path)
          .ifPresent(task -> errors.addAll(TaskSubmissions.update(engine, task, body)));
    }
    if (!errors.isEmpty()) {
      refuse(request, caller, 400, errors);
    }
  }

  /** Whether the caller can see the target (the engine's tenant and authorization checks, as the caller). */
  static boolean visible(ProcessEngine engine, WorkerWrites.Target target) {
    return switch (target.resource()) {
      case "task" -> engine.getTaskService().createTaskQuery().taskId(target.id()).count() > 0;
      case "process-instance" -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(target.id()).count() > 0;
      case "execution" -> engine.getRuntimeService().createExecutionQuery().executionId(target.id()).count() > 0;
      default -> true;
    };
  }

  /** The body as JSON; none when it is empty or of another type (Camunda refuses what it does not take). */
  private static JsonNode json(byte[] bytes, MediaType type) throws IOException {
    if (bytes.length == 0 || type == null || !type.getSubtype().toLowerCase().contains("json")) {
      return null;
    }
    return JSON.readTree(bytes);
  }

  private static void refuse(ContainerRequestContext request, Authentication caller, int status,
      List<ApiError> errors) {
    LOG.info("Refused {} {} {} for {}: {}", status, request.getMethod(), request.getUriInfo().getRequestUri()
        .getPath(), caller.getUserId(), errors.stream().map(e -> e.field() + " " + e.code())
        .collect(Collectors.joining(", ")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", errors.stream().map(e -> e.field() + "：" + e.messageZh() + " / " + e.field() + ": "
        + e.message()).collect(Collectors.joining("；")));
    body.put("errors", errors);
    request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
  }
}
