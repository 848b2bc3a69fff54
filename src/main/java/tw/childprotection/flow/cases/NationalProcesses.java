package tw.childprotection.flow.cases;

import java.util.Set;

/**
 * Processes that belong to no county's case: the national watch over the agencies' scheduled
 * transmissions (processes/active-care/transmissionWatch.bpmn and transmissionAlarm.bpmn, ADR 0007) and
 * the records retention (processes/cases/recordsRetention.bpmn).
 * Their keys live here, below the process areas, because the tenant provider must know them.
 */
public final class NationalProcesses {

  public static final String TRANSMISSION_WATCH_KEY = "transmissionWatch";
  public static final String TRANSMISSION_ALARM_KEY = "transmissionAlarm";
  /** processes/active-care/transmissionProcessing.bpmn: a large transmission judged in the background. */
  public static final String TRANSMISSION_PROCESSING_KEY = "transmissionProcessing";

  static final Set<String> KEYS = Set.of(TRANSMISSION_WATCH_KEY, TRANSMISSION_ALARM_KEY, TRANSMISSION_PROCESSING_KEY,
      CaseRetention.RECORDS_RETENTION_KEY);

  private NationalProcesses() {
  }
}
