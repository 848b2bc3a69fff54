package tw.childprotection.flow.agencies;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An agency's HTTP adapter: a bean when {@code child-protection.agencies.mode} is {@code http}
 * (production). {@link #key()} names the agency's base URL ({@code child-protection.agencies.<key>.base-url}
 * or {@code AGENCY_<KEY>_URL}); start-up checks the keys of every adapter present before it builds any.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnProperty(name = AgencyMode.PROPERTY, havingValue = "http")
public @interface HttpMode {

  /** The agency's key, e.g. {@code court}, {@code district-office}. */
  String key();
}
