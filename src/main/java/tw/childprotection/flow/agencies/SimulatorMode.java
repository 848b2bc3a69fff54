package tw.childprotection.flow.agencies;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An agency's in-process simulator: a bean when {@code child-protection.agencies.mode} is
 * {@code simulator} or unset (the demo, the tests). The one place that condition is written for simulators.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnProperty(name = AgencyMode.PROPERTY, havingValue = "simulator", matchIfMissing = true)
public @interface SimulatorMode {
}
