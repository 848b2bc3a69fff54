package tw.childprotection.flow.activecare.transmissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.security.EngineAsSystem;

/**
 * SPEC (Control Yuan, 2023): a relocation list that never reached the platform left a child without a
 * visit. Each agency transmits on its calendar ({@link TransmissionSchedules}: MOI and NHIA on the 10th
 * and 25th, the CDC daily, each by its hour, Taiwan time); transmissionWatch.bpmn runs every hour, and an
 * agency whose transmission was due and did not arrive gets one alarm for that day (transmissionAlarm.bpmn,
 * a task for that agency); an incomplete transmission raises the same alarm at once.
 */
@Service
public class TransmissionWatch {

  static final String VAR_AGENCY = "agency";
  static final String VAR_AGENCY_NAME = "agencyName";
  static final String VAR_ALARM_REASON = "alarmReason";
  /** How far back a check looks for due times it has not judged yet (a stopped job executor, say). */
  static final int LOOK_BACK_DAYS = 2;

  private final Transmissions transmissions;
  private final TransmissionSchedules schedules;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final EngineAsSystem system;

  TransmissionWatch(Transmissions transmissions, TransmissionSchedules schedules, RuntimeService runtime,
      HistoryService history, EngineAsSystem system) {
    this.transmissions = transmissions;
    this.schedules = schedules;
    this.runtime = runtime;
    this.history = history;
    this.system = system;
  }

  /** The agencies due to transmit on {@code day}, by their calendars. */
  List<String> dueOn(LocalDate day) {
    return schedules.schedules().entrySet().stream().filter(e -> e.getValue().dueOn(day)).map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Raises an alarm for each agency whose transmission fell due in the last days (by its hour, Taiwan
   * time) and did not arrive between the start of its day and that hour; each (agency, day) once, so a
   * check that runs twice or late alarms neither twice nor never.
   *
   * @return the agencies alarmed, as {@code agency:day}
   */
  List<String> checkDue() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate today = LocalDate.ofInstant(now, Deadlines.TAIWAN);
    List<String> alarmed = new ArrayList<>();
    for (LocalDate day = today.minusDays(LOOK_BACK_DAYS); !day.isAfter(today); day = day.plusDays(1)) {
      for (Map.Entry<String, TransmissionSchedules.Schedule> entry : schedules.schedules().entrySet()) {
        String agency = entry.getKey();
        TransmissionSchedules.Schedule schedule = entry.getValue();
        Instant due = day.atTime(schedule.dueBy()).atZone(Deadlines.TAIWAN).toInstant();
        String key = alarmKey(agency, day);
        if (!schedule.dueOn(day) || due.isAfter(now)
            || history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0
            || transmissions.silentBetween(List.of(agency), day.atStartOfDay(Deadlines.TAIWAN).toInstant(), due)
                .isEmpty()) {
          continue;
        }
        raise(agency, key, "應於 " + day + " " + schedule.dueBy() + " 前傳送之資料未收到");
        alarmed.add(agency + ":" + day);
      }
    }
    return alarmed;
  }

  /** A scheduled agency said it sent more than arrived: the alarm goes up at once. */
  public void incomplete(String agency, int expected, int received) {
    if (schedules.schedules().containsKey(agency)) {
      system.call(() -> raise(agency, null, "傳送筆數不符：機關表示 " + expected + " 筆，本系統收到 " + received + " 筆"));
    }
  }

  /** The business key of the alarm for {@code agency}'s transmission due on {@code day}: no personal data. */
  static String alarmKey(String agency, LocalDate day) {
    return "TX-" + agency + "-" + day;
  }

  private String raise(String agency, String businessKey, String reason) {
    return runtime.startProcessInstanceByKey(NationalProcesses.TRANSMISSION_ALARM_KEY, businessKey,
        Map.of(VAR_AGENCY, agency, VAR_AGENCY_NAME, schedules.schedules().get(agency).name(), VAR_ALARM_REASON,
            reason)).getId();
  }
}
