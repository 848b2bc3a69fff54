package tw.childprotection.flow.activecare;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
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
 * The result is a short summary for the social worker, without personal data.
 */
@Service
class CareRecordsMatch {

  private final CdcImmunization cdc;
  private final Nhia nhia;
  private final KindergartenSystem kindergartens;
  private final ChildcareRegistry childcare;

  CareRecordsMatch(CdcImmunization cdc, Nhia nhia, KindergartenSystem kindergartens, ChildcareRegistry childcare) {
    this.cdc = cdc;
    this.nhia = nhia;
    this.kindergartens = kindergartens;
    this.childcare = childcare;
  }

  String summary(DelegateExecution execution) {
    List<String> lines = new ArrayList<>();
    ChildQueries queries = ChildQueries.forStep(execution);
    VaccinationRecord vaccination = cdc.vaccination(queries.to("cdc"));
    lines.add(vaccination.upToDate() ? "預防接種：已依時程完成" : "預防接種：逾期 " + vaccination.overdueDoses() + " 劑");
    InsuranceRecord insurance = nhia.insurance(queries.to("nhia"));
    lines.add("就醫：出生60日內依附母親就醫 " + insurance.motherLinkedVisitsFirst60Days() + " 次；近半年就醫院所 "
        + insurance.clinicsLastHalfYear() + " 家；" + (insurance.hasInsuranceAddress() ? "有" : "無") + "投保通訊地址");
    lines.add("幼兒園：" + (kindergartens.match(queries.to("kindergarten")).found() ? "有就學紀錄" : "查無"));
    lines.add("托育人員：" + (childcare.match(queries.to("childcare")).found() ? "有收托紀錄" : "查無"));
    return String.join("\n", lines);
  }
}
