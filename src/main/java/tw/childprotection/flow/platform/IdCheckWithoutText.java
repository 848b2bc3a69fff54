package tw.childprotection.flow.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * The engine checks every row it inserts for a valid id, and Camunda 7.24 writes that check's error text
 * — the whole entity, through its {@code toString}, dates formatted with their zone names — before it
 * looks at the id, for every row. A flight recording of the intake benchmark found 4–6 % of the request
 * threads' time there (docs/benchmarks.md). This plugin gives the engine its own entity manager with the
 * same check, made in the same order with the same error, whose text is written only when the id is
 * wrong.
 */
@Component
public class IdCheckWithoutText extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory(configuration));
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's factory (replaced by type, {@link DbEntityManager}), the id generator read when the engine has one. */
  static final class Factory extends DbEntityManagerFactory {

    private final ProcessEngineConfigurationImpl configuration;

    Factory(ProcessEngineConfigurationImpl configuration) {
      super(null);
      this.configuration = configuration;
    }

    @Override
    public DbEntityManager openSession() {
      return new Checked(configuration.getIdGenerator(),
          Context.getCommandContext().getSession(PersistenceSession.class));
    }
  }

  static final class Checked extends DbEntityManager {

    Checked(IdGenerator ids, PersistenceSession persistence) {
      super(ids, persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity); // Camunda's own check and error
      }
    }
  }
}
