package tw.childprotection.flow.cases;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import tw.childprotection.flow.agencies.AgencyNotice;
import tw.childprotection.flow.agencies.AgencyReceipt;
import tw.childprotection.flow.agencies.NoticeRecipient;

/**
 * One area's table of what its service tasks send agencies: each {@link Row} becomes a bean of the
 * row's name (the {@code ${...}} the diagram calls), an {@link AgencyNoticeDelegate} given the agency's
 * port. An area declares its table as a static {@code @Bean}, so the rows are beans before the engine
 * reads the diagrams.
 */
public final class AgencyNoticeTable implements BeanDefinitionRegistryPostProcessor {

  private final List<Row<?>> rows;

  public AgencyNoticeTable(List<Row<?>> rows) {
    this.rows = List.copyOf(rows);
  }

  /** What a row sends: built from the case step, answered with the agency's receipt. */
  @FunctionalInterface
  public interface Send<P> {
    AgencyReceipt to(P agency, DelegateExecution execution);
  }

  /**
   * One service task: its bean name as the diagram spells it, the agency's port and what it sends.
   *
   * @param <P> the agency's port
   */
  public record Row<P>(String bean, Class<? extends P> agency, Send<P> send) {
  }

  /**
   * A notice of {@code type} to {@code agency} carrying the case variables {@code child} and then
   * {@code fields} (those that are set), e.g. the child's identity and the placement's time.
   */
  public static <T extends Enum<T>> Row<NoticeRecipient<T>> notice(String bean,
      Class<? extends NoticeRecipient<T>> agency, T type, String[] child, String... fields) {
    return notice(bean, agency, type, false, concat(child, fields));
  }

  /** A notice carrying only the case variables {@code fields}. */
  public static <T extends Enum<T>> Row<NoticeRecipient<T>> notice(String bean,
      Class<? extends NoticeRecipient<T>> agency, T type, String... fields) {
    return notice(bean, agency, type, false, fields);
  }

  /** A notice that also asks the receiver to keep the child's identity confidential. */
  public static <T extends Enum<T>> Row<NoticeRecipient<T>> confidentialNotice(String bean,
      Class<? extends NoticeRecipient<T>> agency, T type, String[] child, String... fields) {
    return notice(bean, agency, type, true, concat(child, fields));
  }

  private static <T extends Enum<T>> Row<NoticeRecipient<T>> notice(String bean,
      Class<? extends NoticeRecipient<T>> agency, T type, boolean identityConfidential, String[] fields) {
    String[] carried = fields.clone();
    return new Row<>(bean, agency, (recipient, execution) -> {
      CaseStep step = new CaseStep(execution);
      return recipient.send(new AgencyNotice<>(step.idempotencyKey(), step.caseId(), step.county(), type,
          identityConfidential, step.details(carried)));
    });
  }

  /** The rows, in the order of the table. */
  public List<Row<?>> rows() {
    return rows;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (Row<?> row : rows) {
      RootBeanDefinition delegate = new RootBeanDefinition(AgencyNoticeDelegate.class);
      delegate.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(row.agency()));
      delegate.getConstructorArgumentValues().addIndexedArgumentValue(1, row.send());
      registry.registerBeanDefinition(row.bean(), delegate);
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    // the rows are registered above; nothing to change in the other beans
  }

  private static String[] concat(String[] first, String[] then) {
    String[] all = new String[first.length + then.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(then, 0, all, first.length, then.length);
    return all;
  }
}
