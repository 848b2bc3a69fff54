package tw.childprotection.flow.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ApiErrors;

/**
 * A mandated reporter (group {@code reporter}, CONTRACT §2) files reports and reads its own reports'
 * numbers; nothing else of {@code /api/v1} answers it (a case read is 403, not a quiet 404). A user
 * who has another role besides keeps that role's rights.
 */
@Configuration
class ReporterScope implements WebMvcConfigurer, HandlerInterceptor {

  /** What a reporter may call: "METHOD path-prefix". */
  static final List<String> ALLOWED = List.of("POST /api/v1/protection/reports", "GET /api/v1/reporting/");

  private final CurrentUser user;
  private final ObjectMapper json;

  ReporterScope(CurrentUser user, ObjectMapper json) {
    this.user = user;
    this.json = json;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/v1/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    List<String> groups = user.groups();
    if (groups.contains(Groups.REPORTER) && groups.stream().allMatch(Groups.REPORTER::equals)) {
      String call = request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
      if (ALLOWED.stream().noneMatch(call::startsWith)) {
        // answered here, as the API's 403 is: the call may match no controller (a path of static content)
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getWriter(), ApiErrors.of(new ApiError(null, "FORBIDDEN",
            "a reporter files reports and reads its own reports' numbers only",
            "通報人員僅得提出通報及查閱本人通報之案號")));
        return false;
      }
    }
    return true;
  }
}
