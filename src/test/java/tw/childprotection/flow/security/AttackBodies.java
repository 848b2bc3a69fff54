package tw.childprotection.flow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tw.childprotection.flow.support.NationalIds;

/** Valid bodies of the three intake endpoints, each with a child never seen before, for attacks to spoil. */
public final class AttackBodies {

  public static final String REPORTS = "/api/v1/protection/reports";
  public static final String REFERRALS = "/api/v1/active-care/referrals";
  public static final String BATCH = "/api/v1/active-care/referrals/batch";
  private static final AtomicInteger SERIAL = new AtomicInteger(7_300_000);
  private static final ObjectMapper JSON = new ObjectMapper();

  private AttackBodies() {
  }

  /** A national ID no other test uses (letter Q). */
  public static String newNationalId() {
    return NationalIds.valid('Q', '2', SERIAL.getAndIncrement());
  }

  /** CONTRACT §3's report: a mandated police reporter, a child in Taipei. */
  public static ObjectNode report(String childId) {
    ObjectNode report = JSON.createObjectNode();
    report.putObject("reporter").put("type", "MANDATED").put("profession", "POLICE").put("name", "林警員")
        .put("agency", "臺北市政府警察局");
    report.put("knownAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).truncatedTo(ChronoUnit.SECONDS)
        .toString());
    report.put("urgent", false).put("verbalFirst", false);
    report.putArray("article53Items").add(3);
    report.put("reason", "兒少身上多處瘀傷，疑遭照顧者責打");
    report.putObject("child").put("nationalId", childId).put("name", "王小美").put("birthDate", "2019-03-02")
        .put("sex", "F");
    report.putObject("location").put("county", "TPE").put("address", "臺北市中正區");
    return report;
  }

  /** CONTRACT §3's referral: an uninsured child registered in Taipei, with its mother. */
  public static ObjectNode referral(String childId) {
    ObjectNode referral = JSON.createObjectNode();
    referral.put("source", "NHI_UNINSURED");
    referral.putObject("child").put("nationalId", childId).put("name", "王小明")
        .put("birthDate", LocalDate.now().minusYears(2).toString()).put("sex", "M");
    referral.put("registeredCounty", "TPE").put("registeredAddress", "臺北市中正區");
    referral.putArray("guardians").addObject().put("nationalId", NationalIds.valid('Q', '2', SERIAL.getAndIncrement()))
        .put("name", "王媽媽").put("relation", "MOTHER").put("phone", "02-2345-6789");
    referral.putObject("details");
    return referral;
  }
}
