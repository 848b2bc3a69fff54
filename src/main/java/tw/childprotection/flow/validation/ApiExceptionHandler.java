package tw.childprotection.flow.validation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The error shape of CONTRACT §3 for every answer of {@code /api} that is not a success. Engine-specific
 * refusals are mapped in {@code security} (ADR 0001: no engine API in validation).
 */
@RestControllerAdvice(basePackages = "tw.childprotection.flow")
class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiErrors invalid(InvalidInputException e) {
    return new ApiErrors(e.errors());
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiErrors conflict(ConflictException e) {
    return ApiErrors.of(e.error());
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ApiErrors notFound(NotFoundException e) {
    return ApiErrors.of(e.error());
  }

  @ExceptionHandler(ForbiddenException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiErrors forbidden(ForbiddenException e) {
    return ApiErrors.forbidden();
  }
}
