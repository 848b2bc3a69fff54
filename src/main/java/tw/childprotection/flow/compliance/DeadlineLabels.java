package tw.childprotection.flow.compliance;

import java.util.Map;
import tw.childprotection.flow.deadlines.DeadlineCode;

/** What each deadline of CONTRACT §5 asks, in the words a manager reads (its legal basis: {@link DeadlineCode}). */
final class DeadlineLabels {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("AC_POLICE_VISIT_7D", "員警收件後7日內完成訪查"),
      Map.entry("AC_REPLY_1M", "1個月內回復原發函戶政單位"),
      Map.entry("AC_VACCINATION_REMINDERS_6M", "半年內至少3次催種（至少1次雙向聯繫）"),
      Map.entry("AC_SOCIAL_VISIT_10D", "社政單位10日內查訪"),
      Map.entry("AC_VISIT_REPORT_30D", "30日內完成訪視報告"),
      Map.entry("CP_REPORT_24H", "知悉後24小時內通報"),
      Map.entry("CP_DISPATCH_24H", "受理通報後24小時內派案處理"),
      Map.entry("CP_INVESTIGATION_4WD", "受理後4個上班日內提出調查報告"),
      Map.entry("CP_PLACEMENT_72H", "緊急安置72小時內評估繼續安置"),
      Map.entry("CP_EXTENSION_EVAL_15D", "安置期滿15日前完成延長安置評估"),
      Map.entry("CP_EXTENSION_PETITION_7D", "安置期滿7日前聲請延長安置"),
      Map.entry("CP_FOLLOWUP_1Y", "結束安置後追蹤輔導至少1年"),
      Map.entry("CP_FAMILY_PLAN_3M", "列案後3個月內提出家庭處遇計畫"),
      Map.entry("CP_FAMILY_PLAN_2Y", "家庭處遇計畫屆滿2年評估"));

  private DeadlineLabels() {
  }

  static String of(DeadlineCode code) {
    return LABELS.getOrDefault(code.name(), code.name());
  }
}
