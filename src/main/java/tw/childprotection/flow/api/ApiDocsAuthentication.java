package tw.childprotection.flow.api;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description and its browsable page are behind the same login as the API (CONTRACT §3:
 * "/v3/api-docs — behind login"): HTTP Basic against the engine's users; anonymous callers get 401
 * with a Basic challenge, so a browser asks for the user and password itself.
 */
@Configuration
class ApiDocsAuthentication {

  static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*"};

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiDocsLogin() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("api-docs-authentication");
    registration.addUrlPatterns(PATHS);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
