package tw.childprotection.flow.deadlines;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every statutory deadline the system tracks (CONTRACT §5): what it asks, in the words a manager reads,
 * and its legal basis. Diagrams name a deadline by its code in the extension property {@code deadline}
 * of the timer boundary event that enforces it; an unknown code fails the deployment.
 */
public enum DeadlineCode {
  AC_POLICE_VISIT_7D("員警收件後7日內完成訪查", Sources.ACTIVE_CARE + "（戶政機關逕為出生登記：員警收件後7日內完成訪查）"),
  AC_REPLY_1M("1個月內回復原發函戶政單位", Sources.ACTIVE_CARE + "（1個月內回復原發函戶政單位）"),
  AC_VACCINATION_REMINDERS_6M("半年內至少3次催種（至少1次雙向聯繫）", Sources.ACTIVE_CARE + " 註2（半年內至少3次催種，至少1次雙向通訊聯繫）"),
  AC_SOCIAL_VISIT_10D("社政單位10日內查訪", Sources.ACTIVE_CARE + "（社政單位10日內進行查訪）"),
  AC_VISIT_REPORT_30D("30日內完成訪視報告", Sources.ACTIVE_CARE + " 註5（30日內完成訪視報告）"),
  CP_REPORT_24H("知悉後24小時內通報", Sources.REGULATION + " 第2條"),
  CP_DISPATCH_24H("受理通報後24小時內派案處理", Sources.REGULATION + " 第4條"),
  CP_INVESTIGATION_4WD("受理後4個上班日內提出調查報告", Sources.REGULATION + " 第4條"),
  CP_PLACEMENT_72H("緊急安置72小時內評估繼續安置", Sources.REGULATION + " 第7條；兒童及少年福利與權益保障法 第57條"),
  CP_EXTENSION_EVAL_15D("安置期滿15日前完成延長安置評估", Sources.REGULATION + " 第8條"),
  CP_EXTENSION_PETITION_7D("安置期滿7日前聲請延長安置", Sources.REGULATION + " 第8條"),
  CP_FOLLOWUP_1Y("結束安置後追蹤輔導至少1年", Sources.REGULATION + " 第9條"),
  CP_FAMILY_PLAN_3M("列案後3個月內提出家庭處遇計畫", "兒童及少年福利與權益保障法 第64條；" + Sources.REGULATION + " 第10條"),
  CP_FAMILY_PLAN_2Y("家庭處遇計畫屆滿2年評估", Sources.REGULATION + " 第11條");

  private final String label;
  private final String basis;

  DeadlineCode(String label, String basis) {
    this.label = label;
    this.basis = basis;
  }

  /** What the deadline asks, as Cockpit's 「法定期限」 shows it, e.g. "受理通報後24小時內派案處理". */
  public String label() {
    return label;
  }

  /** The legal basis as shown to users, e.g. "兒童及少年保護通報及處理辦法 第4條". */
  public String basis() {
    return basis;
  }

  public static Optional<DeadlineCode> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }

  private static final class Sources {
    static final String REGULATION = "兒童及少年保護通報及處理辦法";
    static final String ACTIVE_CARE = "戶政、衛政、警政及社政單位執行6歲以下弱勢兒童主動關懷個案通報及查訪作業流程";
  }
}
