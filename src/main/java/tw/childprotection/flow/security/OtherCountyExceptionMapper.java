package tw.childprotection.flow.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asking for an instance, task or variables of another county's case by id makes the engine's tenant
 * check throw, which Camunda's REST APIs answer as a 500 with the engine's text — a server fault to
 * the caller and to monitoring, and an ERROR with a stack trace in the log each time (issue 12, hole
 * 6). It is a refusal: 403, saying only that, in both languages, in CONTRACT §3's shape (with
 * Camunda's {@code type} and {@code message} kept for the webapps), logged as one line. Registered on
 * {@code /engine-rest} and on the webapps' own engine API; every other engine exception keeps
 * Camunda's own answer. {@link OtherCountyRestExceptionMapper} does the same for the refusals Camunda
 * wraps in its own exceptions.
 */
@Provider
@Priority(Priorities.USER - 100)
public class OtherCountyExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  /** The engine's wording for every tenant-check refusal (ENGINE-13034 and its siblings). */
  static final String NO_AUTHENTICATED_TENANT = "belongs to no authenticated tenant";
  private static final Logger LOG = LoggerFactory.getLogger(OtherCountyExceptionMapper.class);

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return isOtherCounty(exception) ? refusal(request) : camunda.toResponse(exception);
  }

  static boolean isOtherCounty(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().contains(NO_AUTHENTICATED_TENANT)) {
        return true;
      }
    }
    return false;
  }

  static Response refusal(HttpServletRequest request) {
    String message = "This belongs to another county's case.";
    String messageZh = "此為其他直轄市、縣(市)之案件，無權限存取。";
    LOG.info("Refused 403 {} {} for {}: another county's case", request == null ? "?" : request.getMethod(),
        request == null ? "?" : request.getRequestURI(), currentUser());
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", null);
    error.put("code", "FORBIDDEN");
    error.put("message", message);
    error.put("messageZh", messageZh);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", message + " " + messageZh);
    body.put("errors", List.of(error));
    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static String currentUser() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    Authentication authentication = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? "a user" : authentication.getUserId();
  }
}
