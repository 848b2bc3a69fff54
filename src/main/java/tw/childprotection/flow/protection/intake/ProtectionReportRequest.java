package tw.childprotection.flow.protection.intake;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/v1/protection/reports} (CONTRACT §3; 辦法 第2、3條). Dates and codes arrive as text
 * so that a wrong one is reported field by field, not as an unreadable body.
 * {@code receivingCounty} (the county whose authority took the report; default: where the child is)
 * and {@code movingOrWhereaboutsUnknown} are optional additions for Art. 14.
 */
public record ProtectionReportRequest(
    Reporter reporter,
    String knownAt,
    Boolean urgent,
    Boolean verbalFirst,
    List<Integer> article53Items,
    String reason,
    Child child,
    Location location,
    String residenceCounty,
    String receivingCounty,
    Boolean movingOrWhereaboutsUnknown) {

  public record Reporter(String type, String profession, String name, String agency) {
  }

  @Schema(name = "ReportChild")
  public record Child(String nationalId, String name, String birthDate, String sex) {
  }

  public record Location(String county, String address) {
  }
}
