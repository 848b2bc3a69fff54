package tw.childprotection.flow.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The operations metrics refresh on a schedule ({@link OperationsMetrics}). */
@Configuration
@EnableScheduling
class MetricsConfig {
}
