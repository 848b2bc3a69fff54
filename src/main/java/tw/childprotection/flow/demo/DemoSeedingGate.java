package tw.childprotection.flow.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While {@link DemoCaseSeeding} sends the demo's synthetic cases in, the engine's clock moves through their
 * past: a person who submitted a form then would do it at a moment of that past, and a deadline would be
 * judged by it. Until the seeding is over every request is answered 503 with {@code Retry-After}: a page in
 * Chinese and English that reloads itself for a browser, error code {@code STARTING} for the APIs.
 */
@Component
@Profile("demo & !postgres")
class DemoSeedingGate extends OncePerRequestFilter implements Ordered {

  static final String RETRY_AFTER_SECONDS = "5";

  /** Closed from start-up until {@link DemoCaseSeeding} has run, whether or not it had cases to send in. */
  private volatile boolean open;

  /** The seeding is over (or was not needed): requests pass from now on. */
  void open() {
    open = true;
  }

  boolean isOpen() {
    return open;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (open) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write("<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><meta charset=\"utf-8\">"
          + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>示範系統啟動中</title>"
          + "</head><body><h1>示範系統啟動中</h1><p>正在送入示範用之模擬案件，數秒後本頁將自動重新整理。</p>"
          + "<p lang=\"en\">The demo is sending in its synthetic cases; this page reloads in a few seconds.</p>"
          + "</body></html>");
      return;
    }
    response.setContentType("application/json");
    response.getWriter().write("{\"errors\":[{\"field\":null,\"code\":\"STARTING\",\"message\":\"the demo is sending"
        + " in its synthetic cases; try again in a few seconds\",\"messageZh\":\"示範系統正在送入模擬案件，請數秒後再試\"}]}");
  }
}
