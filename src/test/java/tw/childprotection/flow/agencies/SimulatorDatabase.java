package tw.childprotection.flow.agencies;

import java.util.concurrent.atomic.AtomicInteger;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory database with the simulators' receipts table as the application's changelog makes it
 * (013), for tests that build simulators without the application: the same SQL the nodes run.
 */
public final class SimulatorDatabase {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private SimulatorDatabase() {
  }

  /** Receipts over a database no other test shares. */
  public static SimulatedAgencyReceipts freshReceipts() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:simulator-" + SERIAL.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
    SpringLiquibase liquibase = new SpringLiquibase();
    liquibase.setDataSource(dataSource);
    liquibase.setChangeLog("classpath:db/changelog/013-simulated-agency-receipts.xml");
    liquibase.setResourceLoader(new DefaultResourceLoader());
    try {
      liquibase.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException("could not create the receipts table", e);
    }
    return new SimulatedAgencyReceipts(dataSource);
  }
}
