package tw.childprotection.flow.activecare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.agencies.AgencyUnavailableException;
import tw.childprotection.flow.agencies.cdc.CdcImmunization;
import tw.childprotection.flow.agencies.cdc.VaccinationRecord;
import tw.childprotection.flow.agencies.childcare.ChildcareRegistry;
import tw.childprotection.flow.agencies.kindergarten.KindergartenSystem;
import tw.childprotection.flow.agencies.nhia.InsuranceRecord;
import tw.childprotection.flow.agencies.nhia.Nhia;

/**
 * Social affairs' first step (1): match on the platform the vaccination records, the places of
 * medical care (註3: the mother-linked visits of the first 60 days after birth; the clinics of the last
 * half year or the insurance address), the national kindergarten system and the childcare registry.
 * The result is a short summary for the social worker, without personal data, and which of the four
 * sources answered: one that does not answer is named so, and the matching goes on with the others;
 * only when none answers does the step fail (and is retried, then an incident in Cockpit).
 */
@Service
record CareRecordsMatch(CdcImmunization cdc, Nhia nhia, KindergartenSystem kindergartens, ChildcareRegistry childcare) {

  static final String VACCINATION = "預防接種";
  static final String MEDICAL_CARE = "就醫地點";
  static final String KINDERGARTEN = "全國幼兒園幼生管理系統";
  static final String CHILDCARE = "托育人員登記管理資訊系統";

  /** What the matching found, and which sources answered it. */
  record Result(String summary, List<String> answered, List<String> unanswered) {
  }

  Result match(DelegateExecution execution) {
    ChildQueries queries = ChildQueries.forStep(execution);
    Result result = new Result(null, new ArrayList<>(), new ArrayList<>());
    List<String> lines = new ArrayList<>();
    ask(VACCINATION, result, lines, () -> {
      VaccinationRecord vaccination = cdc.vaccination(queries.to("cdc"));
      return vaccination.upToDate() ? "已依時程完成" : "逾期 " + vaccination.overdueDoses() + " 劑";
    });
    ask(MEDICAL_CARE, result, lines, () -> {
      InsuranceRecord insurance = nhia.insurance(queries.to("nhia"));
      return "出生60日內依附母親就醫 " + insurance.motherLinkedVisitsFirst60Days() + " 次；近半年就醫院所 "
          + insurance.clinicsLastHalfYear() + " 家；" + (insurance.hasInsuranceAddress() ? "有" : "無") + "投保通訊地址";
    });
    ask(KINDERGARTEN, result, lines,
        () -> kindergartens.match(queries.to("kindergarten")).found() ? "有就學紀錄" : "查無");
    ask(CHILDCARE, result, lines, () -> childcare.match(queries.to("childcare")).found() ? "有收托紀錄" : "查無");
    if (result.answered().isEmpty()) {
      throw new AgencyUnavailableException("case " + execution.getProcessBusinessKey()
          + ": none of the four sources of the platform matching answered");
    }
    return new Result(String.join("\n", lines), result.answered(), result.unanswered());
  }

  private static void ask(String source, Result result, List<String> lines, Supplier<String> question) {
    try {
      lines.add(source + "：" + question.get());
      result.answered().add(source);
    } catch (AgencyUnavailableException e) {
      lines.add(source + "：未回應（請另行查詢）");
      result.unanswered().add(source);
    }
  }
}
