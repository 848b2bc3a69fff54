package tw.childprotection.flow.platform;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine must not start before Liquibase has created or upgraded its schema
 * ({@code camunda.bpm.database.schema-update=false}). Spring Boot orders beans found by this detector
 * after every database initializer; registered in META-INF/spring.factories.
 */
public class ProcessEngineDependsOnDatabaseInitializationDetector
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class);
  }
}
