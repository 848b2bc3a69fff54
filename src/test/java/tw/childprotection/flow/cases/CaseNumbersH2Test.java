package tw.childprotection.flow.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.support.PlatformTest;

/** {@link CaseNumbersChecks} on the embedded H2 database. */
@PlatformTest
class CaseNumbersH2Test extends CaseNumbersChecks {

  @Autowired DataSource dataSource;

  @Override
  DataSource database() {
    return dataSource;
  }

  @Override
  DataSource secondNode() {
    return dataSource;
  }

  @Override
  Connection emptyDatabase() throws Exception {
    return DriverManager.getConnection("jdbc:h2:mem:cpf-upgrade-" + System.nanoTime(), "sa", "");
  }
}
