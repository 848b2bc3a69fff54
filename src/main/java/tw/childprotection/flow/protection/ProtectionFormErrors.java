package tw.childprotection.flow.protection;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tasklist submits a form through {@code /engine-rest}, which answers any exception from a task
 * listener with 500. A protection form the server refused ({@link ProtectionFormRejected}) is bad
 * input: 400, with the reasons in both languages in {@code message} (which Tasklist shows) and in
 * {@code errors} (field, code, message, messageZh). Every other failure keeps Camunda's own answer.
 */
@Component
class ProtectionFormErrors implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  @Priority(Priorities.USER - 100)
  static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof ProtectionFormRejected rejected) {
          return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("type", "ProtectionFormRejected", "message", rejected.getMessage(),
                  "errors", rejected.errors()))
              .build();
        }
        if (cause.getCause() == cause) {
          break;
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
