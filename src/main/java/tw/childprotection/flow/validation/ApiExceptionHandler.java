package tw.childprotection.flow.validation;

import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
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

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiErrors unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      // e.g. "urgent": "yes" — name the field rather than blame the whole body
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return ApiErrors.of(new ApiError(field, "WRONG_TYPE", "has the wrong type (e.g. text where a number,"
          + " true/false or a list belongs)", "資料型態錯誤（例如應為數字、是否或清單之處填入文字）"));
    }
    return ApiErrors.of(new ApiError("body", "MALFORMED_JSON",
        "the request body is not valid JSON of the expected shape",
        "請求內容不是格式正確的 JSON"));
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
