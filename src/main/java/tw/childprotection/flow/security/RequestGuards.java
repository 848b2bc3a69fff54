package tw.childprotection.flow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ApiErrors;

/**
 * What the engine's own checks leave open (issue 12, holes 3, 12 and part of 6):
 * <ul>
 *   <li>Signals and messages are sent by administrators: a signal reaches every county's instances and the
 *       national processes, a message starts work in a case outside the case API's checks.</li>
 *   <li>Job operations are for administrators. The engine refuses another county's job only while
 *       running it, and each refusal cost the job a retry: three calls took a 24-hour dispatch timer to
 *       an incident. Refused here, before the engine is asked, a refusal costs nothing.</li>
 *   <li>{@code /engine-rest} takes no HTML-form or plain-text body on a change: a page of another site
 *       cannot post one with the browser's remembered password (a cross-site form).</li>
 *   <li>Cockpit's plugin API (where our case dashboards live) only for those with the right to Cockpit.</li>
 *   <li>Answers of {@code /api} and {@code /engine-rest} carry personal data: never cached, never
 *       sniffed as another type.</li>
 * </ul>
 * Every refusal is a 403 (415 for the form) in CONTRACT §3's shape, logged as one line.
 */
@Configuration
class RequestGuards {

  private static final Logger LOG = LoggerFactory.getLogger(RequestGuards.class);
  static final String ADMINISTRATORS = "camunda-admin";
  /**
   * A change to a job or job definition, one or many: {@code /job/{id}/execute}, {@code /job/retries},
   * {@code /job-definition/{id}/suspended}, {@code /process-instance/job-retries}, …
   */
  static final Pattern JOB_OPERATION = Pattern.compile(".*/(job|job-definition|job-retries)(/.*)?$");
  /**
   * Delivering an event by hand: a signal broadcast ({@code /signal}, reaching every county's instances and the
   * national processes), a message correlated ({@code /message}), an execution signalled or its message
   * subscription triggered ({@code /execution/{id}/signal}, {@code …/messageSubscriptions/{name}/trigger}).
   */
  static final Pattern EVENT_DELIVERY = Pattern.compile(".*/(signal|message|messageSubscriptions/[^/]+/trigger)/?$");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", "text/plain");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> responseHeaders() {
    return filter((request, response, chain) -> {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
      chain.doFilter(request, new NoStore(response));
    }, "api-response-headers", Ordered.HIGHEST_PRECEDENCE, "/api/*", "/engine-rest/*");
  }

  /** On {@code /engine-rest}, after {@link ProcessEngineAuthenticationFilter} put the caller on the engine. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineRestGuard(IdentityService identity) {
    return filter((request, response, chain) -> {
      Authentication caller = identity.getCurrentAuthentication();
      Optional<String> user = Optional.ofNullable(caller).map(Authentication::getUserId);
      boolean administrator = caller != null && caller.getGroupIds() != null
          && caller.getGroupIds().contains(ADMINISTRATORS);
      if (!READS.contains(request.getMethod()) && isForm(request.getContentType())) {
        refuse(request, response, user, 415, "Content-Type", "UNSUPPORTED_MEDIA_TYPE",
            "changes through /engine-rest are sent as application/json (a form or plain text is refused)",
            "經由 /engine-rest 之異動須以 application/json 傳送（不接受表單或純文字）");
        return;
      }
      if (user.isPresent() && !administrator && isJobOperation(request)) {
        refuseJobOperation(request, response, user);
        return;
      }
      if (user.isPresent() && !administrator && isEventDelivery(request)) {
        refuseEventDelivery(request, response, user);
        return;
      }
      chain.doFilter(request, response);
    }, "engine-rest-guard", ApiAuthenticationConfig.ORDER + 10, "/engine-rest/*");
  }

  /** On the webapps' own APIs, where the caller is the session's login. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappApiGuard() {
    return filter((request, response, chain) -> {
      Optional<UserAuthentication> login = sessionLogin(request);
      if (login.isEmpty()) {
        chain.doFilter(request, response); // the webapp answers 401 itself
        return;
      }
      Optional<String> user = login.map(UserAuthentication::getIdentityId);
      boolean administrator = login.get().getGroupIds() != null
          && login.get().getGroupIds().contains(ADMINISTRATORS);
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (!administrator && path.contains("/api/engine/") && isJobOperation(request)) {
        refuseJobOperation(request, response, user);
        return;
      }
      if (!administrator && path.contains("/api/engine/") && isEventDelivery(request)) {
        refuseEventDelivery(request, response, user);
        return;
      }
      if (path.contains("/api/cockpit/") && !login.get().isAuthorizedForApp("cockpit")) {
        refuse(request, response, user, 403, null, "FORBIDDEN", "your role has no right to Cockpit",
            "您的角色沒有使用 Cockpit 的權限");
        return;
      }
      chain.doFilter(request, response);
    }, "webapp-api-guard", Ordered.HIGHEST_PRECEDENCE + 10, "/camunda/api/*");
  }

  /** One step of a request's way, as a filter sees it. */
  interface Step {
    void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException;
  }

  private static FilterRegistrationBean<OncePerRequestFilter> filter(Step step, String name, int order,
      String... urlPatterns) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        step.run(request, response, chain);
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }

  /** Camunda's REST API sets {@code Cache-Control: no-cache} of its own; personal data needs no-store. */
  private static final class NoStore extends HttpServletResponseWrapper {
    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }

  private static Optional<UserAuthentication> sessionLogin(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null ? Optional.empty()
        : authentications.getAuthentications().stream().findFirst();
  }

  static boolean isJobOperation(HttpServletRequest request) {
    return !READS.contains(request.getMethod()) && JOB_OPERATION.matcher(request.getRequestURI()).matches();
  }

  static boolean isEventDelivery(HttpServletRequest request) {
    return !READS.contains(request.getMethod()) && EVENT_DELIVERY.matcher(request.getRequestURI()).matches();
  }

  private static boolean isForm(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase().split(";")[0].trim();
    return FORM_TYPES.contains(type);
  }

  private static void refuseJobOperation(HttpServletRequest request, HttpServletResponse response,
      Optional<String> user) throws IOException {
    refuse(request, response, user, 403, null, "FORBIDDEN",
        "jobs and timers are run, retried and suspended by administrators only",
        "工作與計時器僅系統管理員得執行、重試或暫停");
  }

  private static void refuseEventDelivery(HttpServletRequest request, HttpServletResponse response,
      Optional<String> user) throws IOException {
    refuse(request, response, user, 403, null, "FORBIDDEN",
        "signals and messages are sent by administrators only (a case's work starts through the case API)",
        "訊號與訊息僅系統管理員得傳送（案件之處置請經由案件 API 啟動）");
  }

  static void refuse(HttpServletRequest request, HttpServletResponse response, Optional<String> user, int status,
      String field, String code, String message, String messageZh) throws IOException {
    LOG.info("Refused {} {} {} for {}: {}", status, request.getMethod(), request.getRequestURI(),
        user.orElse("anonymous"), code);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), ApiErrors.of(new ApiError(field, code, message, messageZh)));
  }
}
