package tw.childprotection.flow.validation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What no handler answered — a fault of ours, not of the caller: 500 in the contract's shape, and one
 * log line naming the exceptions and where they arose, never their messages. A database error's
 * message quotes the values it refused (a guardian's national ID and name, say), and an exception's
 * text reaching a log is how personal data leaked before (issue 12, hole 7).
 */
@Component
class UnexpectedErrors implements HandlerExceptionResolver, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);
  private static final String OUR_CODE = "tw.childprotection.flow.";

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
      return null;
    }
    // the path only: a query (?q=…) may carry a national ID
    LOG.error("{} {} failed with {} (messages withheld: they may quote personal data)", request.getMethod(),
        request.getRequestURI(), describe(ex));
    try {
      RequestExceptionHandler.write(response, 500, ApiErrors.of(new ApiError(null, "INTERNAL_ERROR",
          "the server could not answer; nothing of this request was kept, please try again later",
          "系統暫時無法處理，此請求未留下任何資料，請稍後再試")));
    } catch (IOException e) {
      LOG.warn("the 500 answer could not be written ({})", e.getClass().getSimpleName());
    }
    return new ModelAndView();
  }

  /** Each exception of the chain by class, with the first place in our code (else the first frame). */
  static String describe(Throwable ex) {
    List<String> parts = new ArrayList<>();
    for (Throwable cause = ex; cause != null && parts.size() < 8; cause = cause.getCause()) {
      StackTraceElement at = Arrays.stream(cause.getStackTrace())
          .filter(frame -> frame.getClassName().startsWith(OUR_CODE)).findFirst()
          .orElse(cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null);
      parts.add(cause.getClass().getName() + (at == null ? "" : " at " + at));
    }
    return String.join(" <- caused by ", parts);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
