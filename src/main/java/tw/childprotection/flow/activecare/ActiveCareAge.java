package tw.childprotection.flow.activecare;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import tw.childprotection.flow.deadlines.Deadlines;

/**
 * The child's age as the flowchart counts it (under six; overdue vaccination under seven, 註1), from
 * {@code childBirthDate}, in Taiwan time: {@code ${activeCareAge.years(execution)}} for the
 * vaccinationReferral table, {@code ${activeCareAge.birthday(execution, 7)}} for the timer that ends the
 * service on the seventh birthday.
 */
@Component("activeCareAge")
public class ActiveCareAge {

  public int years(DelegateExecution execution) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.TAIWAN);
    return Period.between(birthDate(execution), today).getYears();
  }

  /** The first moment of the birthday on which the child turns {@code age}. */
  public Date birthday(DelegateExecution execution, int age) {
    return Date.from(birthDate(execution).plusYears(age).atStartOfDay(Deadlines.TAIWAN).toInstant());
  }

  private static LocalDate birthDate(DelegateExecution execution) {
    return LocalDate.parse((String) execution.getVariable("childBirthDate"));
  }
}
