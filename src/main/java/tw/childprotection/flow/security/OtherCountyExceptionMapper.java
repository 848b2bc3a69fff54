package tw.childprotection.flow.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Asking {@code /engine-rest} for an instance, task or variables of another county's case by id makes
 * the engine's tenant check throw, which Camunda's REST API answers as a 500 — a server fault to the
 * caller and to monitoring. It is a refusal: 403, saying only that, in both languages. Every other
 * engine exception keeps Camunda's own answer.
 */
@Provider
@Priority(Priorities.USER - 100)
class OtherCountyExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  /** The engine's wording for every tenant-check refusal (ENGINE-13034 and its siblings). */
  static final String NO_AUTHENTICATED_TENANT = "belongs to no authenticated tenant";

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    String message = exception.getMessage();
    if (message == null || !message.contains(NO_AUTHENTICATED_TENANT)) {
      return camunda.toResponse(exception);
    }
    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "AuthorizationException",
            "message", "This belongs to another county's case. 此為其他直轄市、縣(市)之案件，無權限存取。"))
        .build();
  }
}
