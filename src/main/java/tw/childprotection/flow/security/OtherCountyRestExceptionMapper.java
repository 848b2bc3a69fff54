package tw.childprotection.flow.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The tenant-check refusals Camunda's REST resources wrap in their own exception ("Cannot get process
 * instance variable county: ENGINE-13034 …", "Cannot complete task …") and answer as 500: a 403 like
 * {@link OtherCountyExceptionMapper}'s. Any other such exception keeps Camunda's answer.
 */
@Provider
@Priority(Priorities.USER - 100)
public class OtherCountyRestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(RestException exception) {
    return OtherCountyExceptionMapper.isOtherCounty(exception) ? OtherCountyExceptionMapper.refusal(request)
        : camunda.toResponse(exception);
  }
}
