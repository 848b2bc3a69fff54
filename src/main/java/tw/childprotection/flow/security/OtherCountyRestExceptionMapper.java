package tw.childprotection.flow.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import tw.childprotection.flow.validation.RefusedInput;

/**
 * What Camunda's REST resources wrap in their own exception and would answer as 500. The tenant-check
 * refusals ("Cannot get process instance variable county: ENGINE-13034 …", "Cannot complete task …"):
 * a 403 like {@link OtherCountyExceptionMapper}'s. A form the server refused ({@link RefusedInput}, e.g.
 * a task listener's check of a protection form): 400 with the reasons in {@code message}, which Tasklist
 * shows, and in {@code errors}. Any other such exception keeps Camunda's answer. One mapper for the one
 * exception type, so the order of the checks is this code's, not the providers' priorities.
 */
@Provider
@Priority(Priorities.USER - 100)
public class OtherCountyRestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(RestException exception) {
    if (OtherCountyExceptionMapper.isOtherCounty(exception)) {
      return OtherCountyExceptionMapper.refusal(request);
    }
    for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof RefusedInput refused) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", cause.getClass().getSimpleName(), "message", refused.getMessage(),
                "errors", refused.errors()))
            .build();
      }
    }
    return camunda.toResponse(exception);
  }
}
