package tw.childprotection.flow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The case system: one Spring Boot application with an embedded Camunda 7 engine. The process
 * application (META-INF/processes.xml) deploys every model under processes/ and forms/ as one
 * deployment, so camunda:formRef resolves.
 */
@SpringBootApplication
@EnableProcessApplication("child-protection-flow")
@ConfigurationPropertiesScan
public class ChildProtectionFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(ChildProtectionFlowApplication.class, args);
  }
}
