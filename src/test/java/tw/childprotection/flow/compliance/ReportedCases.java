package tw.childprotection.flow.compliance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.intake.ProtectionReportRequest;
import tw.childprotection.flow.protection.intake.ReportIntake;
import tw.childprotection.flow.support.NationalIds;

/** Protection cases opened through the report intake the API uses, for the compliance figures' tests. */
public final class ReportedCases {

  private static final AtomicInteger SERIAL = new AtomicInteger(7_310_000);

  private final ReportIntake intake;

  public ReportedCases(ReportIntake intake) {
    this.intake = intake;
  }

  /** A written report on a child in {@code county}, known {@code hoursKnown} hours before it arrives now. */
  public String report(County county, int hoursKnown, OffsetDateTime now) {
    ProtectionReportRequest request = new ProtectionReportRequest(
        new ProtectionReportRequest.Reporter("MANDATED", "MEDICAL", "陳醫師", "測試醫院"),
        now.minusHours(hoursKnown).toString(), false, false, List.of(3), "身上多處瘀傷",
        new ProtectionReportRequest.Child(NationalIds.valid('E', '2', SERIAL.incrementAndGet()), "林小華",
            "2019-04-02", "F"),
        new ProtectionReportRequest.Location(county.code(), county.nameZh() + "某區某路1號"), county.code(),
        null, null);
    return intake.receive(request, "admin").caseId();
  }
}
