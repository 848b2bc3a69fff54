package tw.childprotection.flow.agencies;

import java.lang.annotation.Annotation;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.ClassUtils;

/** The adapters in the agencies' packages, found as start-up finds them: by their mode annotation. */
public final class HttpAdapterKeys {

  private HttpAdapterKeys() {
  }

  /** Every class annotated {@code annotation} under {@code tw.childprotection.flow.agencies}. */
  static List<Class<?>> adapters(Class<? extends Annotation> annotation) {
    // the scanner weighs the mode condition, so it looks in the mode the annotation stands for
    String mode = annotation == HttpMode.class ? "http" : "simulator";
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
        new MockEnvironment().withProperty(AgencyMode.PROPERTY, mode));
    scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
    return scanner.findCandidateComponents("tw.childprotection.flow.agencies").stream()
        .map(BeanDefinition::getBeanClassName)
        .map(name -> ClassUtils.resolveClassName(name, HttpAdapterKeys.class.getClassLoader()))
        .<Class<?>>map(type -> type)
        .toList();
  }

  /** The agency key of every HTTP adapter present, as {@link HttpMode#key()} names it. */
  public static List<String> all() {
    return adapters(HttpMode.class).stream().map(AgencyHttpClient::keyOf).toList();
  }
}
