package tw.childprotection.flow.activecare.transmissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * SPEC (Control Yuan, 2023): a relocation list that never reached the platform left a child without a
 * visit. MOI and NHIA transmit on the 10th and 25th, the CDC daily; transmissionWatch.bpmn checks each
 * noon what was due the day before, and an agency that sent nothing gets an alarm (transmissionAlarm.bpmn,
 * a task for that agency); an incomplete transmission raises the same alarm at once.
 */
@Service
public class TransmissionWatch {

  static final String VAR_AGENCY = "agency";
  static final String VAR_AGENCY_NAME = "agencyName";
  static final String VAR_ALARM_REASON = "alarmReason";
  /** The agencies on a schedule, by group, with the name the alarm shows. */
  static final Map<String, String> SCHEDULED = Map.of("moi-household", "內政部戶政司", "nhia", "衛生福利部中央健康保險署",
      "cdc", "衛生福利部疾病管制署");

  private final Transmissions transmissions;
  private final RuntimeService runtime;
  private final EngineAsSystem system;

  TransmissionWatch(Transmissions transmissions, RuntimeService runtime, EngineAsSystem system) {
    this.transmissions = transmissions;
    this.runtime = runtime;
    this.system = system;
  }

  /** The agencies due to transmit on {@code day}: the CDC every day, MOI and NHIA on the 10th and 25th. */
  static List<String> dueOn(LocalDate day) {
    return day.getDayOfMonth() == 10 || day.getDayOfMonth() == 25 ? List.of("moi-household", "nhia", "cdc")
        : List.of("cdc");
  }

  /**
   * Raises an alarm for each agency due yesterday (Taiwan time) that has sent nothing since yesterday began.
   *
   * @return the agencies alarmed
   */
  List<String> checkYesterday() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate yesterday = LocalDate.ofInstant(now, Deadlines.TAIWAN).minusDays(1);
    List<String> silent = transmissions.silentBetween(dueOn(yesterday), yesterday.atStartOfDay(Deadlines.TAIWAN).toInstant(),
        now);
    silent.forEach(agency -> raise(agency, "應於 " + yesterday + " 傳送之資料未收到"));
    return silent;
  }

  /** A scheduled agency said it sent more than arrived: the alarm goes up at once. */
  public void incomplete(String agency, int expected, int received) {
    if (SCHEDULED.containsKey(agency)) {
      system.call(() -> raise(agency, "傳送筆數不符：機關表示 " + expected + " 筆，本系統收到 " + received + " 筆"));
    }
  }

  private String raise(String agency, String reason) {
    return runtime.startProcessInstanceByKey(NationalProcesses.TRANSMISSION_ALARM_KEY,
        Map.of(VAR_AGENCY, agency, VAR_AGENCY_NAME, SCHEDULED.get(agency), VAR_ALARM_REASON, reason)).getId();
  }
}
