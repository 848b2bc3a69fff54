package tw.childprotection.flow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tw.childprotection.flow.validation.ApiErrors;

/**
 * The engine refusing a {@code /api} caller (its authorization check, under the caller's authentication)
 * is a 403 with the same body as any other refusal. The mapping lives here, with the engine, so validation
 * stays free of engine API (ADR 0001). Ordered first, so a broader handler elsewhere never turns the
 * refusal into something else.
 */
@RestControllerAdvice(basePackages = "tw.childprotection.flow")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineAuthorizationAdvice {

  @ExceptionHandler(AuthorizationException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiErrors refused(AuthorizationException e) {
    return ApiErrors.forbidden();
  }
}
