package tw.childprotection.flow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ApiErrors;

/**
 * The engine refusing a {@code /api} caller (its authorization check, under the caller's authentication)
 * is a 403 with the same body as any other refusal. The mapping lives here, with the engine, so validation
 * stays free of engine API (ADR 0001). Ordered first, so a broader handler elsewhere never turns the
 * refusal into something else.
 *
 * <p>The engine refusing a change because another transaction changed the same case at the same moment
 * (two people, or a person and a deadline's job) is a 409: nothing of the request was kept, and sending it
 * again works. The engine's message names its own rows only; it is not passed on.
 */
@RestControllerAdvice(basePackages = "tw.childprotection.flow")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineRefusalAdvice {

  @ExceptionHandler(AuthorizationException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiErrors refused(AuthorizationException e) {
    return ApiErrors.forbidden();
  }

  @ExceptionHandler(OptimisticLockingException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiErrors changedMeanwhile(OptimisticLockingException e) {
    return ApiErrors.of(new ApiError(null, "CHANGED_MEANWHILE",
        "the case was changed by someone else at the same moment; nothing of this request was kept, "
            + "please send it again",
        "案件同時已由他人或系統更新，此請求未留下任何資料，請重新送出"));
  }
}
