package tw.childprotection.flow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.security.AttackBodies.BATCH;
import static tw.childprotection.flow.security.AttackBodies.REFERRALS;
import static tw.childprotection.flow.security.AttackBodies.REPORTS;
import static tw.childprotection.flow.security.AttackBodies.newNationalId;
import static tw.childprotection.flow.security.AttackBodies.referral;
import static tw.childprotection.flow.security.AttackBodies.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tw.childprotection.flow.support.ApiTest;

/**
 * Issue 12, hole 7: text over what the database keeps, in any field, was a 500 with the database's
 * error — guardians' national IDs and names — in the log, and in a transmission it aborted every
 * later line. Now every field has a limit and answers 400 in the contract's shape, nothing is
 * written, nothing of the input is logged, and a transmission judges such a line alone. The values
 * right at each limit are kept whole (Chinese text: characters, not bytes), on H2 and PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class InputLimitsChecks extends ApiTest {

  /** Past the 4 000 characters a process variable holds. */
  static final String TOO_LONG = "王".repeat(4001);

  @ParameterizedTest
  @ValueSource(strings = {"reporter.name", "reporter.agency", "reason", "child.name", "location.address"})
  void aReportWithAnOverlongFieldIs400NamingItAndKeepsNothing(String field, CapturedOutput log) throws Exception {
    String childId = newNationalId();
    ObjectNode body = report(childId);
    set(body, field, TOO_LONG);
    long reports = count("cpf_protection_report");
    long cases = cases();

    HttpResponse<String> response = http.postJson(REPORTS, "police.tpe", body.toString());

    assertRefused(response, field, "TOO_LONG");
    assertThat(count("cpf_protection_report")).isEqualTo(reports);
    assertThat(cases()).isEqualTo(cases);
    assertThat(log.getAll()).doesNotContain(childId).doesNotContain("王王王王");
  }

  @ParameterizedTest
  @ValueSource(strings = {"child.name", "registeredAddress", "guardians[0].name", "guardians[0].phone"})
  void aReferralWithAnOverlongFieldIs400NamingItAndKeepsNothing(String field, CapturedOutput log) throws Exception {
    String childId = newNationalId();
    ObjectNode body = referral(childId);
    String guardianId = body.get("guardians").get(0).get("nationalId").asText();
    set(body, field, TOO_LONG);
    long referrals = count("cpf_active_care_referral");
    long cases = cases();

    HttpResponse<String> response = http.postJson(REFERRALS, "social.tpe", body.toString());

    assertRefused(response, field, "TOO_LONG");
    assertThat(count("cpf_active_care_referral")).isEqualTo(referrals);
    assertThat(cases()).isEqualTo(cases);
    assertThat(log.getAll()).doesNotContain(childId).doesNotContain(guardianId);
  }

  @Test
  void referralDetailsLargerThanTheCaseKeepsAre400() throws Exception {
    ObjectNode body = referral(newNationalId());
    ((ObjectNode) body.get("details")).put("note", "x".repeat(5000));

    assertRefused(http.postJson(REFERRALS, "social.tpe", body.toString()), "details", "TOO_LONG");
  }

  @Test
  void moreGuardiansThanAnyChildHasAre400() throws Exception {
    ObjectNode body = referral(newNationalId());
    for (int i = 0; i < 20; i++) {
      body.withArray("guardians").addObject().put("name", "親屬" + i).put("relation", "RELATIVE");
    }

    assertRefused(http.postJson(REFERRALS, "social.tpe", body.toString()), "guardians", "TOO_MANY");
  }

  @Test
  void valuesRightAtEachLimitAreKeptWhole() throws Exception {
    ObjectNode body = report(newNationalId());
    set(body, "reporter.name", "林".repeat(TextRules.NAME));
    set(body, "reporter.agency", "警".repeat(TextRules.AGENCY));
    set(body, "reason", "瘀".repeat(TextRules.REASON));
    set(body, "child.name", "美".repeat(TextRules.NAME));
    set(body, "location.address", "路".repeat(TextRules.ADDRESS));
    HttpResponse<String> report = http.postJson(REPORTS, "police.tpe", body.toString());
    assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    String instance = json.readTree(report.body()).get("processInstanceId").asText();
    assertThat(engine.getRuntimeService().getVariable(instance, "reason")).isEqualTo("瘀".repeat(TextRules.REASON));

    ObjectNode referral = referral(newNationalId());
    set(referral, "child.name", "明".repeat(TextRules.NAME));
    set(referral, "registeredAddress", "巷".repeat(TextRules.ADDRESS));
    set(referral, "guardians[0].name", "媽".repeat(TextRules.NAME));
    set(referral, "guardians[0].phone", "9".repeat(TextRules.PHONE));
    for (int i = 1; i < TextRules.GUARDIANS; i++) {
      referral.withArray("guardians").addObject().put("name", "親".repeat(TextRules.NAME)).put("relation", "RELATIVE")
          .put("phone", "8".repeat(TextRules.PHONE));
    }
    HttpResponse<String> accepted = http.postJson(REFERRALS, "social.tpe", referral.toString());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    String referred = json.readTree(accepted.body()).get("processInstanceId").asText();
    assertThat(engine.getRuntimeService().getVariable(referred, "registeredAddress"))
        .isEqualTo("巷".repeat(TextRules.ADDRESS));
  }

  @Test
  void anOverlongLineOfATransmissionIsRejectedAloneAndTheOthersKept(CapturedOutput log) throws Exception {
    String bad = newNationalId();
    ObjectNode overlong = referral(bad);
    set(overlong, "registeredAddress", TOO_LONG);
    List<ObjectNode> lines = List.of(referral(newNationalId()), overlong, referral(newNationalId()));
    long transmissions = count("cpf_transmission");

    HttpResponse<String> response = http.post(BATCH + "?expected=3", "nhia", "application/x-ndjson",
        String.join("\n", lines.stream().map(ObjectNode::toString).toList()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json.readTree(response.body());
    assertThat(answer.get("accepted").asInt()).isEqualTo(2);
    assertThat(answer.get("rejected")).hasSize(1);
    assertThat(answer.get("rejected").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(answer.get("rejected").get(0).get("errors").get(0).get("field").asText()).isEqualTo("registeredAddress");
    assertThat(count("cpf_transmission")).isEqualTo(transmissions + 1);
    assertThat(log.getAll()).doesNotContain(bad);
  }

  void assertRefused(HttpResponse<String> response, String field, String code) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.get("messageZh").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("王王王");
  }

  long cases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
  }

  /** Sets {@code a.b} or {@code a[0].b} to {@code value}. */
  static void set(ObjectNode body, String field, String value) {
    String[] parts = field.split("\\.");
    ObjectNode parent = body;
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i];
      parent = part.endsWith("]")
          ? (ObjectNode) parent.get(part.substring(0, part.indexOf('['))).get(0)
          : (ObjectNode) parent.get(part);
    }
    parent.put(parts[parts.length - 1], value);
  }
}
