package tw.childprotection.flow.security;

import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The names of the application's Spring beans. An expression in a diagram ({@code ${protectionForms.check(task)}})
 * finds a process variable before a bean of the same name, so a variable named like a bean takes the bean's
 * place in every later expression of the case (issue 12, hole 5: the Art. 15 police notice stopped). The REST
 * guards are created by Jersey, outside Spring; they read the names here, kept once the context starts.
 */
@Component
class BeanNames {

  private static volatile Set<String> names = Set.of();

  BeanNames(ApplicationContext context) {
    names = Set.of(context.getBeanDefinitionNames());
  }

  static boolean isBean(String name) {
    return names.contains(name);
  }
}
