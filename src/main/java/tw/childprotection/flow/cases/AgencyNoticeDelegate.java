package tw.childprotection.flow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A service task that sends one agency one notice, filing, letter or record from the case and keeps
 * the agency's reference on it ({@link CaseStep#record}). One instance per row of a notice table
 * ({@link AgencyNoticeTable}), under the bean name the diagram calls. Asynchronous in the diagrams, so
 * an agency that is down fails the job and Camunda retries it with the same idempotency key.
 *
 * @param <P> the agency's port, e.g. {@code DistrictCourt}
 */
public final class AgencyNoticeDelegate<P> implements JavaDelegate {

  private final P agency;
  private final AgencyNoticeTable.Send<P> send;

  public AgencyNoticeDelegate(P agency, AgencyNoticeTable.Send<P> send) {
    this.agency = agency;
    this.send = send;
  }

  @Override
  public void execute(DelegateExecution execution) {
    new CaseStep(execution).record(send.to(agency, execution));
  }
}
