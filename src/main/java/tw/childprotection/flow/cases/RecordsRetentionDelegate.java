package tw.childprotection.flow.cases;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * processes/cases/recordsRetention.bpmn, every hour: inside the off-hours window (Taipei time, whatever
 * the server's zone), removes the records of closed cases whose history's time to live has run out.
 */
@Component("recordsRetentionDelegate")
class RecordsRetentionDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordsRetentionDelegate.class);
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final CaseRetention retention;
  private final List<CaseRecordsCleanup> cleanups;
  private final LocalTime windowStart;
  private final LocalTime windowEnd;

  RecordsRetentionDelegate(CaseRetention retention, List<CaseRecordsCleanup> cleanups,
      @Value("${child-protection.retention.window-start:01:00}") LocalTime windowStart,
      @Value("${child-protection.retention.window-end:05:00}") LocalTime windowEnd) {
    this.retention = retention;
    this.cleanups = cleanups;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var now = ClockUtil.getCurrentTime().toInstant();
    LocalTime taipei = now.atZone(TAIPEI).toLocalTime();
    if (taipei.isBefore(windowStart) || !taipei.isBefore(windowEnd)) {
      return;
    }
    int removed = retention.removeDue(now);
    cleanups.forEach(CaseRecordsCleanup::removeWithoutHistory);
    if (removed > 0) {
      LOG.info("Records retention: the records of {} closed case(s) past their time to live removed", removed);
    }
  }
}
