package tw.childprotection.flow.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every look at and change of a case through any door — our case API, the Tasklist case tab,
 * {@code /engine-rest} and the webapps' engine API — in {@link AccessLog}, after the answer, with its status:
 * a refused look at another county's case is recorded for that county too. One filter for all of them, so a
 * new controller or a Camunda resource is covered by its path ({@link AccessPaths}), not by remembering to
 * call the log.
 */
@Configuration
class AccessAudit {

  /** After the login filters of {@code /api} and {@code /engine-rest} (which put the caller on the engine). */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE - 50;
  private static final Logger LOG = LoggerFactory.getLogger(AccessAudit.class);
  private static final ObjectMapper FOUND = new ObjectMapper();

  /** Who is asking: the login of this request. */
  record Caller(String user, List<String> groups, List<String> counties) {
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> accessAuditFilter(IdentityService identity, CaseOfRequest cases,
      AccessLog log) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // a parameter is read only on a GET: reading one of a form POST would consume its body
        Optional<AccessPaths.Target> search = "GET".equals(request.getMethod())
            ? AccessPaths.search(request.getMethod(), path, request.getParameter("q")) : Optional.empty();
        if (search.isPresent()) {
          searched(request, response, chain, search.get());
          return;
        }
        Optional<AccessPaths.Target> target = AccessPaths.of(request.getMethod(), path, request::getParameter);
        Optional<Caller> caller = target.isPresent() ? caller(identity, request) : Optional.empty();
        chain.doFilter(request, response);
        if (target.isPresent() && caller.isPresent() && response.getStatus() != 401) {
          record(cases, log, target.get(), caller.get(), request.getMethod(), response.getStatus());
        }
      }

      /** A search shows every case it finds (the child's name, number, birth date): each is a look at it. */
      private void searched(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
          AccessPaths.Target search) throws ServletException, IOException {
        Optional<Caller> who = caller(identity, request);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
          chain.doFilter(request, answer);
          if (who.isPresent() && answer.getStatus() == 200) {
            recordFound(answer.getContentAsByteArray(), search, who.get(), request.getMethod());
          }
        } finally {
          answer.copyBodyToResponse();
        }
      }

      private void recordFound(byte[] body, AccessPaths.Target search, Caller who, String method) {
        try {
          List<String> caseIds = new ArrayList<>();
          FOUND.readTree(body).path("cases").forEach(found -> caseIds.add(found.path("caseId").asText()));
          // one entry a case, as for a look at each, written together: a search shows up to 50 of them
          Instant at = AccessLog.now();
          List<AccessLog.CaseAccess> accesses = cases.found(caseIds, who.user(), who.groups(), who.counties())
              .stream().map(found -> new AccessLog.CaseAccess(found.ref().caseId(), found.ref().rootProcessInstanceId(),
                  new AccessLog.AccessEntry(at, who.user(), search.access().name(), search.channel(), method,
                      search.template(), 200, !found.hadTask()))).toList();
          if (!accesses.isEmpty()) {
            log.addAll(accesses);
          }
        } catch (IOException | RuntimeException unreadable) {
          LOG.error("Search results not recorded: {}", unreadable.getClass().getName());
        }
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("case-access-audit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  private static void record(CaseOfRequest cases, AccessLog log, AccessPaths.Target target, Caller caller,
      String method, int status) {
    try {
      cases.of(target).ifPresent(ref -> {
        boolean withoutTask = !cases.hadTask(ref.caseId(), caller.user(), caller.groups(), caller.counties());
        log.add(ref.caseId(), ref.rootProcessInstanceId(), new AccessLog.AccessEntry(AccessLog.now(), caller.user(),
            target.access().name(), target.channel(), method, target.template(), status, withoutTask));
      });
    } catch (RuntimeException e) {
      // the answer is already sent; say so without anything of the request but its template
      LOG.error("Access to {} {} not recorded: {}", method, target.template(), e.getClass().getName());
    }
  }

  private static Optional<Caller> caller(IdentityService identity, HttpServletRequest request) {
    Authentication login = identity.getCurrentAuthentication();
    if (login != null && login.getUserId() != null) {
      return Optional.of(new Caller(login.getUserId(), orEmpty(login.getGroupIds()), orEmpty(login.getTenantIds())));
    }
    HttpSession session = request.getSession(false);
    Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return webapp == null ? Optional.empty() : webapp.getAuthentications().stream().findFirst()
        .map(a -> new Caller(a.getIdentityId(), orEmpty(a.getGroupIds()), orEmpty(a.getTenantIds())));
  }

  private static List<String> orEmpty(Collection<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
