package tw.childprotection.flow.activecare.intake;

import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/v1/active-care/referrals} (CONTRACT §3): one child referred to active care by the
 * agency that screens its category. Dates and codes arrive as text so that a wrong one is reported
 * field by field, not as an unreadable body.
 */
public record ReferralRequest(
    String source,
    Child child,
    String registeredCounty,
    String registeredAddress,
    List<Guardian> guardians,
    Map<String, Object> details) {

  @Schema(name = "ReferralChild")
  public record Child(String nationalId, String name, String birthDate, String sex) {
  }

  public record Guardian(String nationalId, String name, String relation, String phone) {
  }
}
