package tw.childprotection.flow.agencies;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The agencies' settings. Every HTTP adapter needs them, so they are made before any adapter is: in
 * http mode that is when start-up checks the base URL of every adapter present ({@link HttpMode#key()})
 * and stops naming all that are missing.
 */
@Configuration(proxyBeanMethods = false)
public class AgencyConfiguration {

  @Bean
  AgencyProperties agencyProperties(Environment environment, ListableBeanFactory beans) {
    AgencyProperties properties = AgencyProperties.from(environment);
    if (properties.mode() == AgencyMode.HTTP) {
      List<String> keys = Arrays.stream(beans.getBeanNamesForAnnotation(HttpMode.class))
          .map(name -> beans.findAnnotationOnBean(name, HttpMode.class).key())
          .toList();
      properties.requireBaseUrls(keys);
    }
    return properties;
  }
}
