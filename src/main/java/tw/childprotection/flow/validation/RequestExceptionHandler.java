package tw.childprotection.flow.validation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * CONTRACT §3's error shape for every request Spring itself refuses before our code runs: a body that
 * is not JSON of the right types, a key given twice, a body over the limit (413), a content type not
 * taken (415), a query parameter of the wrong type, a method or path that does not exist. Applies to
 * every controller (a refusal before a controller is chosen has none); never quotes the input.
 */
@RestControllerAdvice
class RequestExceptionHandler extends ResponseEntityExceptionHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  static ApiErrors tooLarge(long limit) {
    return ApiErrors.of(new ApiError("body", "TOO_LARGE", "the request body is larger than " + limit + " bytes",
        "請求內容超過 " + limit + " 位元組之上限"));
  }

  /** For a filter, which answers before Spring MVC. */
  static void write(HttpServletResponse response, int status, ApiErrors errors) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyLimit.TooLarge tooLarge) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(tooLarge.limit));
      }
    }
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException) {
        return answer(HttpStatus.BAD_REQUEST, ApiErrors.of(new ApiError("body", "TOO_DEEP",
            "the request body nests deeper than " + StrictJson.MAX_NESTING + " levels",
            "請求內容巢狀層數超過 " + StrictJson.MAX_NESTING + " 層")));
      }
      if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
          && parse.getOriginalMessage().startsWith("Duplicate field")) {
        return answer(HttpStatus.BAD_REQUEST, ApiErrors.of(new ApiError(path(parse), "DUPLICATE_KEY",
            "this key is given more than once; which one counts would be a guess", "此欄位重複出現，無從判斷以何者為準")));
      }
    }
    Throwable cause = ex.getCause();
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      // e.g. "urgent": "yes" or "urgent": 123 — name the field rather than blame the whole body
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return answer(HttpStatus.BAD_REQUEST, ApiErrors.of(new ApiError(field, "WRONG_TYPE",
          "has the wrong type (text, a number, true/false or a list where another belongs)",
          "資料型態錯誤（例如應為文字之處填入數字或是否，或應為數字、是否或清單之處填入文字）")));
    }
    return answer(HttpStatus.BAD_REQUEST, ApiErrors.of(new ApiError("body", "MALFORMED_JSON",
        "the request body is not valid JSON of the expected shape", "請求內容不是格式正確的 JSON")));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    HttpHeaders kept = new HttpHeaders();
    if (headers.getAllow() != null && !headers.getAllow().isEmpty()) {
      kept.setAllow(headers.getAllow());
    }
    return ResponseEntity.status(status).headers(kept).contentType(MediaType.APPLICATION_JSON)
        .body(ApiErrors.of(error(ex, status)));
  }

  private static ApiError error(Exception ex, HttpStatusCode status) {
    if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
      String taken = unsupported.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
          : unsupported.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
      return new ApiError("Content-Type", "UNSUPPORTED_MEDIA_TYPE", "send the body as " + taken,
          "請以下列格式傳送：" + taken);
    }
    if (ex instanceof TypeMismatchException mismatch) {
      return new ApiError(mismatch.getPropertyName(), "WRONG_TYPE", "has the wrong type", "資料型態錯誤");
    }
    if (ex instanceof MissingServletRequestParameterException missing) {
      return new ApiError(missing.getParameterName(), "REQUIRED", "is required", "為必填欄位");
    }
    if (ex instanceof MissingRequestHeaderException missing) {
      return new ApiError(missing.getHeaderName(), "REQUIRED", "is required", "為必填欄位");
    }
    return switch (status.value()) {
      case 404 -> new ApiError(null, "NOT_FOUND", "no such resource", "查無此資源");
      case 405 -> new ApiError(null, "METHOD_NOT_ALLOWED", "this method is not allowed here", "此處不接受此請求方法");
      case 406 -> new ApiError("Accept", "NOT_ACCEPTABLE", "answers are application/json", "回應格式為 application/json");
      case 413 -> new ApiError("body", "TOO_LARGE", "the request body is too large", "請求內容過大");
      case 415 -> new ApiError("Content-Type", "UNSUPPORTED_MEDIA_TYPE", "this content type is not taken",
          "不接受此內容格式");
      default -> status.is5xxServerError()
          ? new ApiError(null, "INTERNAL_ERROR", "the server could not answer; please try again later",
              "系統暫時無法處理，請稍後再試")
          : new ApiError(null, "BAD_REQUEST", "the request is not valid", "請求格式不正確");
    };
  }

  private static ResponseEntity<Object> answer(HttpStatus status, ApiErrors errors) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(errors);
  }

  /** The field path where the parser stood (child.name), from its own context: never the input's text. */
  private static String path(JsonParseException parse) {
    JsonParser parser = parse.getProcessor();
    if (parser == null) {
      return "body";
    }
    Deque<String> names = new ArrayDeque<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        names.push("[" + context.getCurrentIndex() + "]");
      } else if (context.getCurrentName() != null) {
        names.push(context.getCurrentName());
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names).replace(".[", "[");
  }
}
