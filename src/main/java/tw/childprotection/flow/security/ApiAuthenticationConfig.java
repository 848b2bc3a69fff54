package tw.childprotection.flow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic for the engine's REST API and ours, checked against the engine's own users (as Camunda
 * Run does). The filter puts the user, its groups and its tenants (counties) on the engine for the
 * request, so every engine query made while serving it is authorization- and tenant-checked.
 * The webapps keep their own login and CSRF protection.
 */
@Configuration
class ApiAuthenticationConfig {

  /** Before every filter that needs to know the caller (the body limit, the engine-rest guard). */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthenticationOn("/engine-rest/*", "engine-rest-authentication");
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> caseApiAuthentication() {
    return basicAuthenticationOn("/api/*", "case-api-authentication");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthenticationOn(
      String urlPattern, String name) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.setOrder(ORDER);
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
