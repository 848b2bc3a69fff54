package tw.childprotection.flow.activecare;

import static tw.childprotection.flow.activecare.ActiveCareCase.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import tw.childprotection.flow.cases.CaseKind;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.support.CaseScenario;

/** Starts active-care cases in Taipei as the referral intake would; the rest is {@link CaseScenario}. */
final class ActiveCareScenario extends CaseScenario {

  private final CaseNumbers numbers;

  ActiveCareScenario(ProcessEngine engine, CaseNumbers numbers, DeadlineRegistry registry) {
    super(engine, registry);
    this.numbers = numbers;
  }

  static Map<String, Object> referral(String source, String childNationalId, OffsetDateTime receivedAt) {
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_COUNTY, County.TPE.code());
    v.put(VAR_SOURCE, source);
    v.put("referralReceivedAt", Date.from(receivedAt.toInstant()));
    v.put("childNationalId", childNationalId);
    v.put("childName", "林小安");
    v.put("childBirthDate", "2023-05-01");
    v.put("childSex", "F");
    v.put("registeredAddress", "臺北市中正區");
    return v;
  }

  String start(Map<String, Object> variables) {
    return start(PROCESS_KEY, numbers.next(CaseKind.ACTIVE_CARE, County.TPE, LocalDate.now()).toString(), variables);
  }
}
