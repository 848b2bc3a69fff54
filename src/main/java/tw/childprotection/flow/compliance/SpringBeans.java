package tw.childprotection.flow.compliance;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Cockpit creates its plugin resources itself (JAX-RS, outside Spring); they reach our services here.
 * Set once when the application context creates this bean.
 */
@Component
class SpringBeans {

  private static volatile ApplicationContext context;

  SpringBeans(ApplicationContext applicationContext) {
    context = applicationContext;
  }

  static <T> T get(Class<T> type) {
    if (context == null) {
      throw new IllegalStateException("the application context is not started");
    }
    return context.getBean(type);
  }
}
