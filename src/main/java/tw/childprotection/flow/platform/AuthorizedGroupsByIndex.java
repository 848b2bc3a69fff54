package tw.childprotection.flow.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorized query or check, Camunda 7.24 narrows the user's groups to those that hold any
 * authorization, by reading the group of every row of {@code ACT_RU_AUTHORIZATION}
 * ({@code SELECT distinct(GROUP_ID_)}). The need-to-know rows (docs/adr/0014) stay with a case until its
 * history is removed, ten years later: with years of closed cases the table holds hundreds of thousands of
 * them, and that one statement took 51–55 ms over 450,242 rows in every task list, case view and search
 * (docs/benchmarks.md, "Case search over years of history"). This plugin gives the engine an authorization
 * manager that asks the same question only for the user's own groups, each by the engine's index on the group:
 * the same answer, at the same moment of each command, in a few index steps whatever the table holds.
 */
@Component
public class AuthorizedGroupsByIndex extends AbstractProcessEnginePlugin {

  static final String MAPPER = "tw/childprotection/flow/platform/AuthorizedGroups.xml";
  static final String STATEMENT = "cpfSelectAuthorizedGroupIdsAmong";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the statement beside the engine's own, with the engine's table prefix
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (mybatis.hasStatement(STATEMENT)) {
      return;
    }
    try (InputStream mapper = AuthorizedGroupsByIndex.class.getClassLoader().getResourceAsStream(MAPPER)) {
      new XMLMapperBuilder(Objects.requireNonNull(mapper, MAPPER), mybatis, MAPPER, mybatis.getSqlFragments())
          .parse();
    } catch (IOException e) {
      throw new IllegalStateException(MAPPER, e);
    }
  }

  /** Camunda's factory of the {@link AuthorizationManager} session, replaced by type. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new ByIndex();
    }
  }

  /** Camunda's manager; only the narrowing of the user's groups is asked differently, and kept for the command. */
  static final class ByIndex extends AuthorizationManager {

    private final Map<String, Boolean> holdsAny = new HashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      List<String> unknown = authenticatedGroupIds.stream().filter(Objects::nonNull)
          .filter(group -> !holdsAny.containsKey(group)).distinct().toList();
      if (!unknown.isEmpty()) {
        Set<String> found = new HashSet<>((List<String>) getDbEntityManager().selectList(STATEMENT, unknown));
        unknown.forEach(group -> holdsAny.put(group, found.contains(group)));
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull).filter(holdsAny::get)
          .distinct().toList());
    }
  }
}
