package tw.childprotection.flow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Files a protection report of a child of Taipei through the API, as a police officer would. */
public final class ProtectionReports {

  private static final AtomicInteger SERIAL = new AtomicInteger(71_230_000);
  private static final String SURNAMES = "趙錢孫李周吳鄭王馮陳褚衛蔣沈韓楊朱秦尤許何呂施張";
  private static final String GIVEN = "安柏晴宇恩澤語彤承翰芷若品睿沐辰亦凡思妤";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProtectionReports() {
  }

  /** A name no earlier test used: three characters from the serial. */
  public static String freshName() {
    int n = SERIAL.incrementAndGet();
    return "" + SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.charAt(n / 7 % GIVEN.length())
        + GIVEN.charAt(n / 131 % GIVEN.length()) + GIVEN.charAt(n / 3 % GIVEN.length());
  }

  /** A teacher's report of a child in Taipei (item 3), known two hours ago: the body of a POST. */
  public static ObjectNode body(String childName, String nationalId, String reason) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    ObjectNode report = JSON.createObjectNode();
    report.putObject("reporter").put("type", "MANDATED").put("profession", "EDUCATION").put("name", "林老師")
        .put("agency", "臺北市立國小");
    report.put("knownAt", now.minusHours(2).toString()).put("urgent", false).put("verbalFirst", false);
    report.putArray("article53Items").add(3);
    report.put("reason", reason);
    report.putObject("child").put("nationalId", nationalId).put("name", childName).put("birthDate", "2019-03-15")
        .put("sex", "F");
    report.putObject("location").put("county", "TPE").put("address", "臺北市大安區");
    report.put("residenceCounty", "TPE");
    return report;
  }

  /** A valid national ID no earlier test used. */
  public static String freshNationalId() {
    return NationalIds.valid('A', '2', SERIAL.incrementAndGet());
  }

  /** Files the report as police.tpe; answers the case id (handled by TPE). */
  public static String file(Http http, String childName, String nationalId, String reason) {
    ObjectNode report = body(childName, nationalId, reason);
    HttpResponse<String> posted = http.postJson("/api/v1/protection/reports", "police.tpe", report.toString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    try {
      return JSON.readTree(posted.body()).get("caseId").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
