package tw.childprotection.flow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.security.AttackBodies.BATCH;
import static tw.childprotection.flow.security.AttackBodies.REFERRALS;
import static tw.childprotection.flow.security.AttackBodies.REPORTS;
import static tw.childprotection.flow.security.AttackBodies.newNationalId;
import static tw.childprotection.flow.security.AttackBodies.referral;
import static tw.childprotection.flow.security.AttackBodies.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12, hole 8: lenient parsing accepted 53 invalid inputs — numbers and true/false read as text,
 * {@code "urgent": 123} read as true (which changes jurisdiction), NUL and lone surrogates stored,
 * a key given twice or a CSV column named twice (the last won). Each is now a 400 naming the field,
 * in the contract's shape, with nothing written; a content type not taken is a 415 and a bad query
 * parameter a 400, both in that shape.
 */
@PlatformTest
class StrictParsingTest extends ApiTest {

  long reports;
  long referrals;
  long transmissions;

  @BeforeEach
  void rowsBefore() {
    reports = count("cpf_protection_report");
    referrals = count("cpf_active_care_referral");
    transmissions = count("cpf_transmission");
  }

  @Test
  void aKeyGivenTwiceIsRefusedNotLastWins() throws Exception {
    String report = report(newNationalId()).toString().replace("\"urgent\":false", "\"urgent\":false,\"urgent\":true");
    assertRefused(http.postJson(REPORTS, "police.tpe", report), 400, "urgent", "DUPLICATE_KEY");

    String referral = referral(newNationalId()).toString().replace("\"name\":\"王小明\"",
        "\"name\":\"王小明\",\"name\":\"李小明\"");
    assertRefused(http.postJson(REFERRALS, "social.tpe", referral), 400, "child.name", "DUPLICATE_KEY");
  }

  @Test
  void urgentAsANumberIsRefusedNotReadAsTrue() throws Exception {
    String report = report(newNationalId()).put("urgent", 123).toString();
    assertRefused(http.postJson(REPORTS, "police.tpe", report), 400, "urgent", "WRONG_TYPE");
    String text = report(newNationalId()).put("urgent", "true").toString();
    assertRefused(http.postJson(REPORTS, "police.tpe", text), 400, "urgent", "WRONG_TYPE");
  }

  @Test
  void numbersAndTrueFalseAreNotText() throws Exception {
    var number = report(newNationalId());
    ((com.fasterxml.jackson.databind.node.ObjectNode) number.get("child")).put("name", 123);
    assertRefused(http.postJson(REPORTS, "police.tpe", number.toString()), 400, "child.name", "WRONG_TYPE");

    var bool = referral(newNationalId()).put("registeredCounty", true);
    assertRefused(http.postJson(REFERRALS, "social.tpe", bool.toString()), 400, "registeredCounty", "WRONG_TYPE");
  }

  @Test
  void textOrFractionsAreNotArticleNumbers() throws Exception {
    var text = report(newNationalId());
    text.putArray("article53Items").add("3");
    assertRefused(http.postJson(REPORTS, "police.tpe", text.toString()), 400, "article53Items[0]", "WRONG_TYPE");
    var fraction = report(newNationalId());
    fraction.putArray("article53Items").add(3.0);
    assertRefused(http.postJson(REPORTS, "police.tpe", fraction.toString()), 400, "article53Items[0]", "WRONG_TYPE");
  }

  @Test
  void nulAndLoneSurrogatesAreRefused() throws Exception {
    String nul = report(newNationalId()).toString().replace("\"王小美\"", "\"王\\u0000小美\"");
    assertRefused(http.postJson(REPORTS, "police.tpe", nul), 400, "child.name", "INVALID_CHARACTERS");
    String surrogate = report(newNationalId()).toString().replace("\"兒少身上", "\"\\ud800兒少身上");
    assertRefused(http.postJson(REPORTS, "police.tpe", surrogate), 400, "reason", "INVALID_CHARACTERS");
    String address = referral(newNationalId()).toString().replace("臺北市中正區", "臺北市\\udc00中正區");
    assertRefused(http.postJson(REFERRALS, "social.tpe", address), 400, "registeredAddress", "INVALID_CHARACTERS");
    String details = referral(newNationalId()).put("details", (String) null).toString()
        .replace("\"details\":null", "\"details\":{\"note\":\"a\\u0000b\"}");
    assertRefused(http.postJson(REFERRALS, "social.tpe", details), 400, "details", "INVALID_CHARACTERS");
  }

  @Test
  void aCsvHeaderNamingAColumnTwiceRefusesTheTransmission() throws Exception {
    String csv = "source,childNationalId,childName,childBirthDate,registeredCounty,childName\n"
        + "NHI_UNINSURED," + newNationalId() + ",王小明,2024-05-01,TPE,李小明\n";
    assertRefused(http.post(BATCH, "nhia", "text/csv", csv), 400, "header", "DUPLICATE_COLUMN");
  }

  @Test
  void anNdjsonLineWithAKeyTwiceIsRejectedAloneAndTheOthersKept() throws Exception {
    String bad = referral(newNationalId()).toString().replace("\"sex\":\"M\"", "\"sex\":\"M\",\"sex\":\"F\"");
    String body = referral(newNationalId()) + "\n" + bad + "\n";

    HttpResponse<String> response = http.post(BATCH, "nhia", "application/x-ndjson", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json.readTree(response.body());
    assertThat(answer.get("accepted").asInt()).isEqualTo(1);
    assertThat(answer.get("rejected").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(count("cpf_active_care_referral")).isEqualTo(referrals + 1);
  }

  @Test
  void aContentTypeNotTakenIs415InTheContractShape() throws Exception {
    String report = report(newNationalId()).toString();
    assertRefused(http.post(REPORTS, "police.tpe", "*/*", report), 415, "Content-Type", "UNSUPPORTED_MEDIA_TYPE");
    assertRefused(http.post(REPORTS, "police.tpe", "text/plain", report), 415, "Content-Type",
        "UNSUPPORTED_MEDIA_TYPE");
    assertRefused(http.post(REFERRALS, "social.tpe", "application/xml", "<referral/>"), 415, "Content-Type",
        "UNSUPPORTED_MEDIA_TYPE");
    assertRefused(http.post(BATCH, "nhia", "application/json", "[]"), 415, "Content-Type", "UNSUPPORTED_MEDIA_TYPE");
    assertRefused(http.post(REPORTS, "police.tpe", "no-such-type", report), 415, "Content-Type",
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aBadQueryParameterIs400InTheContractShape() throws Exception {
    String line = referral(newNationalId()).toString();
    assertRefused(http.post(BATCH + "?expected=many", "nhia", "application/x-ndjson", line), 400, "expected",
        "WRONG_TYPE");
  }

  @Test
  void bodiesThatAreNotOneJsonObjectAre400() throws Exception {
    assertRefused(http.postJson(REPORTS, "police.tpe", "{\"reporter\":"), 400, "body", "MALFORMED_JSON");
    String two = report(newNationalId()).toString() + report(newNationalId());
    assertRefused(http.postJson(REPORTS, "police.tpe", two), 400, "body", "MALFORMED_JSON");
    String deep = "{\"details\":" + "{\"a\":".repeat(50) + "1" + "}".repeat(51);
    assertRefused(http.postJson(REFERRALS, "social.tpe", deep), 400, "body", "TOO_DEEP");
  }

  private void assertRefused(HttpResponse<String> response, int status, String field, String code) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode errors = json.readTree(response.body()).get("errors");
    assertThat(errors).as(response.body()).isNotNull();
    JsonNode error = errors.get(0);
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.get("messageZh").asText()).isNotBlank();
    assertThat(count("cpf_protection_report")).isEqualTo(reports);
    assertThat(count("cpf_active_care_referral")).isEqualTo(referrals);
    assertThat(count("cpf_transmission")).isEqualTo(transmissions);
  }
}
