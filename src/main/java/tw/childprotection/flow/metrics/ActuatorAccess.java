package tw.childprotection.flow.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.childprotection.flow.people.Groups;

/**
 * {@code /actuator/*} is for operations: HTTP Basic against the engine's users, administrators
 * ({@code camunda-admin}) only — anonymous 401, anyone else 403. Only {@code /actuator/health} stays open
 * (UP or DOWN, no details) for load balancers. Wrong passwords count towards the engine's login throttling.
 */
@Configuration
class ActuatorAccess {

  static final String HEALTH = "/actuator/health";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> actuatorAuthentication(IdentityService identity) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(identity));
    registration.setName("actuator-authentication");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final IdentityService identity;

    Filter(IdentityService identity) {
      this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.equals(HEALTH) || path.startsWith(HEALTH + "/")) {
        chain.doFilter(request, response);
        return;
      }
      String user = authenticatedUser(request.getHeader("Authorization"));
      if (user == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"operations\", charset=\"UTF-8\"");
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", "log in as an administrator",
            "請以系統管理員帳號登入");
        return;
      }
      if (identity.createGroupQuery().groupMember(user).groupId(Groups.ADMIN).count() == 0) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "for administrators only", "僅限系統管理員");
        return;
      }
      chain.doFilter(request, response);
    }

    private String authenticatedUser(String header) {
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String user = decoded.substring(0, colon);
      return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message,
        String messageZh) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"errors\":[{\"field\":null,\"code\":\"" + code + "\",\"message\":\"" + message
          + "\",\"messageZh\":\"" + messageZh + "\"}]}");
    }
  }
}
