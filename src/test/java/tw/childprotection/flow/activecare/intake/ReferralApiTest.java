package tw.childprotection.flow.activecare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.cases.NationalProcesses;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.support.NationalIds;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * {@code POST /api/v1/active-care/referrals} and its batch form as an agency calls them (CONTRACT §3):
 * a referral opens a case in the county of the registered domicile; the same child while its case is
 * open never gets a second case; a child past the age its source serves, or any wrong field, is a 400
 * naming the field, and nothing at all is written.
 */
@PlatformTest
class ReferralApiTest extends ApiTest {

  static final String PATH = "/api/v1/active-care/referrals";
  static final AtomicInteger SERIAL = new AtomicInteger(45_678_000);

  @ParameterizedTest
  @EnumSource(ReferralSource.class)
  void eachSourceOpensACaseInTheRegisteredCountyVisibleOnTheCaseApi(ReferralSource source) throws Exception {
    HttpResponse<String> response = http.postJson(PATH, "household.tpe", referral(source, newChildId()).toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json.readTree(response.body());
    String caseId = body.get("caseId").asText();
    assertThat(caseId).matches("AC-TPE-\\d{4}-\\d{6}");
    assertThat(body.get("duplicate").asBoolean()).isFalse();
    ProcessInstance instance = instance(body);
    assertThat(instance.getBusinessKey()).isEqualTo(caseId);
    assertThat(instance.getTenantId()).isEqualTo("TPE");
    assertThat(instance.getProcessDefinitionId()).startsWith(ActiveCareCase.PROCESS_KEY + ":");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), ActiveCareCase.VAR_SOURCE))
        .isEqualTo(source.name());

    JsonNode theCase = json.readTree(http.get("/api/v1/cases/" + caseId, "admin").body());
    assertThat(theCase.get("kind").asText()).isEqualTo("ACTIVE_CARE");
    assertThat(theCase.get("county").asText()).isEqualTo("TPE");
    assertThat(theCase.get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void theSameChildFromTheSameSourceWhileItsCaseIsOpenJoinsThatCase() throws Exception {
    String child = newChildId();
    JsonNode first = json.readTree(post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child)).body());
    long instances = instances();

    HttpResponse<String> again = post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child));

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    JsonNode body = json.readTree(again.body());
    assertThat(body.get("duplicate").asBoolean()).isTrue();
    assertThat(body.get("caseId").asText()).isEqualTo(first.get("caseId").asText());
    assertThat(body.get("processInstanceId").asText()).isEqualTo(first.get("processInstanceId").asText());
    assertThat(instances()).isEqualTo(instances);
  }

  @Test
  void theSameChildFromAnotherSourceIsAddedToItsOpenCaseAsAFurtherReason() throws Exception {
    String child = newChildId();
    JsonNode first = json.readTree(post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child)).body());
    long instances = instances();

    HttpResponse<String> other = post("cdc", referral(ReferralSource.OVERDUE_VACCINATION, child));

    assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
    JsonNode body = json.readTree(other.body());
    assertThat(body.get("duplicate").asBoolean()).isFalse();
    assertThat(body.get("addedSource").asBoolean()).isTrue();
    assertThat(body.get("caseId").asText()).isEqualTo(first.get("caseId").asText());
    assertThat(instances()).isEqualTo(instances);
    assertThat(engine.getRuntimeService().getVariable(first.get("processInstanceId").asText(), "referralSources"))
        .isEqualTo("BIRTH_REGISTRATION,OVERDUE_VACCINATION");
  }

  @Test
  void aChildWhoseCaseHasClosedGetsANewCaseOnTheNextReferral() throws Exception {
    String child = newChildId();
    JsonNode first = json.readTree(post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child)).body());
    String task = engine.getTaskService().createTaskQuery()
        .processInstanceId(first.get("processInstanceId").asText()).singleResult().getId();
    engine.getTaskService().complete(task, java.util.Map.of(ActiveCareCase.VAR_SCREENING_OUTCOME, "WELL"));

    HttpResponse<String> later = post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child));

    assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
    assertThat(json.readTree(later.body()).get("caseId").asText()).isNotEqualTo(first.get("caseId").asText());
  }

  @ParameterizedTest
  @EnumSource(value = ReferralSource.class, names = "OVERDUE_VACCINATION", mode = EnumSource.Mode.EXCLUDE)
  void aSixYearOldIsRefusedForEverySourceButOverdueVaccination(ReferralSource source) throws Exception {
    ObjectNode sixYearOld = referral(source, newChildId());
    ((ObjectNode) sixYearOld.get("child")).put("birthDate", today().minusYears(6).toString());

    assertRejected(sixYearOld, "child.birthDate", "AGE_NOT_SERVED");
  }

  @Test
  void aSixYearOldWithOverdueVaccinationIsServedUntilSeven() {
    ObjectNode sixYearOld = referral(ReferralSource.OVERDUE_VACCINATION, newChildId());
    ((ObjectNode) sixYearOld.get("child")).put("birthDate", today().minusYears(7).plusDays(1).toString());

    assertThat(post("cdc", sixYearOld).statusCode()).isEqualTo(201);
  }

  @ParameterizedTest
  @EnumSource(ReferralSource.class)
  void aSevenYearOldIsRefusedForEverySource(ReferralSource source) throws Exception {
    ObjectNode sevenYearOld = referral(source, newChildId());
    ((ObjectNode) sevenYearOld.get("child")).put("birthDate", today().minusYears(7).toString());

    assertRejected(sevenYearOld, "child.birthDate", "AGE_NOT_SERVED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "child.nationalId", "child.name", "child.birthDate", "registeredCounty"})
  void eachMissingRequiredFieldIs400NamingItAndWritesNothing(String field) throws Exception {
    ObjectNode referral = referral(ReferralSource.NHI_UNINSURED, newChildId());
    String[] path = field.split("\\.");
    ObjectNode parent = path.length == 1 ? referral : (ObjectNode) referral.get(path[0]);
    parent.remove(path[path.length - 1]);

    assertRejected(referral, field, "REQUIRED");
  }

  @Test
  void wrongValuesAre400WithTheirFieldAndCodeAndWriteNothing() throws Exception {
    ObjectNode source = referral(ReferralSource.NHI_UNINSURED, newChildId());
    source.put("source", "SCHOOL");
    assertRejected(source, "source", "NOT_ALLOWED");

    assertRejected(referral(ReferralSource.NHI_UNINSURED, "A123456788"), "child.nationalId", "INVALID_CHECKSUM");

    ObjectNode date = referral(ReferralSource.NHI_UNINSURED, newChildId());
    ((ObjectNode) date.get("child")).put("birthDate", "2024/05/01");
    assertRejected(date, "child.birthDate", "INVALID_DATE");

    ObjectNode future = referral(ReferralSource.NHI_UNINSURED, newChildId());
    ((ObjectNode) future.get("child")).put("birthDate", today().plusDays(1).toString());
    assertRejected(future, "child.birthDate", "DATE_IN_FUTURE");

    ObjectNode sex = referral(ReferralSource.NHI_UNINSURED, newChildId());
    ((ObjectNode) sex.get("child")).put("sex", "X");
    assertRejected(sex, "child.sex", "NOT_ALLOWED");

    ObjectNode county = referral(ReferralSource.NHI_UNINSURED, newChildId());
    county.put("registeredCounty", "XYZ");
    assertRejected(county, "registeredCounty", "UNKNOWN_COUNTY");

    ObjectNode relation = referral(ReferralSource.NHI_UNINSURED, newChildId());
    ((ObjectNode) relation.get("guardians").get(0)).put("relation", "NEIGHBOUR");
    assertRejected(relation, "guardians[0].relation", "NOT_ALLOWED");

    ObjectNode guardianId = referral(ReferralSource.NHI_UNINSURED, newChildId());
    ((ObjectNode) guardianId.get("guardians").get(0)).put("nationalId", "B12345678");
    assertRejected(guardianId, "guardians[0].nationalId", "INVALID_FORMAT");
  }

  @Test
  void everyProblemOfOneReferralIsReportedAtOnce() throws Exception {
    ObjectNode referral = referral(ReferralSource.NHI_UNINSURED, "A123456788");
    referral.put("registeredCounty", "XYZ");

    HttpResponse<String> response = post("household.tpe", referral);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("child.nationalId", "registeredCounty");
  }

  @Test
  void withoutCredentials401AnotherCountysChild403ANationalAgencyAnyCounty() {
    ObjectNode khhChild = referral(ReferralSource.BIRTH_REGISTRATION, newChildId()).put("registeredCounty", "KHH");

    assertThat(http.postJson(PATH, null, khhChild.toString()).statusCode()).isEqualTo(401);
    long instances = instances();
    assertThat(post("household.tpe", khhChild).statusCode()).isEqualTo(403);
    assertThat(instances()).isEqualTo(instances);
    assertThat(post("moi", khhChild).statusCode()).isEqualTo(201);
  }

  @Test
  void ndjsonTransmissionKeepsItsGoodLinesAndReportsTheBadOnesByLine() throws Exception {
    String repeated = newChildId();
    String body = String.join("\n",
        referral(ReferralSource.NHI_UNINSURED, repeated).toString(),
        referral(ReferralSource.NHI_UNINSURED, newChildId()).toString(),
        referral(ReferralSource.NHI_UNINSURED, "A123456788").toString(),
        "{not json",
        "",
        referral(ReferralSource.NHI_UNINSURED, repeated).toString()) + "\n";
    long instances = instances();

    HttpResponse<String> response = http.post(PATH + "/batch?expected=6", "nhia", "application/x-ndjson", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json.readTree(response.body());
    assertThat(answer.get("received").asInt()).isEqualTo(5);
    assertThat(answer.get("accepted").asInt()).isEqualTo(2);
    assertThat(answer.get("duplicates").asInt()).isEqualTo(1);
    assertThat(answer.get("rejected").findValuesAsText("line")).containsExactly("3", "4");
    assertThat(answer.get("rejected").get(0).get("errors").get(0).get("field").asText()).isEqualTo("child.nationalId");
    assertThat(answer.get("rejected").get(1).get("errors").get(0).get("code").asText()).isEqualTo("UNREADABLE");
    assertThat(answer.get("expected").asInt()).isEqualTo(6);
    assertThat(answer.get("complete").asBoolean()).as("6 announced, 5 arrived").isFalse();
    assertThat(instances()).as("two cases and the alarm for the missing line").isEqualTo(instances + 3);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(NationalProcesses.TRANSMISSION_ALARM_KEY)
        .taskDefinitionKey("followUpNhiaTransmission").count()).isPositive();
    assertThat(response.body()).doesNotContain("A123456788").doesNotContain(repeated);
  }

  @Test
  void csvTransmissionWithQuotedFieldsIsReadByItsHeader() throws Exception {
    String body = "\uFEFFsource,childNationalId,childName,childBirthDate,childSex,registeredCounty,registeredAddress,"
        + "guardianNationalId,guardianName,guardianRelation,guardianPhone\r\n"
        + "BIRTH_REGISTRATION," + newChildId() + ",林小安," + today().minusYears(1)
            + ",F,TPE,\"臺北市中正區,某里\",,陳媽媽,MOTHER,0912000000\r\n"
        + "BIRTH_REGISTRATION," + newChildId() + ",林小平," + today().minusYears(8) + ",M,TPE,,,,,\r\n";

    HttpResponse<String> response = http.post(PATH + "/batch?expected=2", "moi", "text/csv", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json.readTree(response.body());
    assertThat(answer.get("accepted").asInt()).isEqualTo(1);
    assertThat(answer.get("complete").asBoolean()).isTrue();
    assertThat(answer.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(answer.get("rejected").get(0).get("errors").get(0).get("code").asText()).isEqualTo("AGE_NOT_SERVED");
  }

  @Test
  void csvWithoutARequiredColumnIsRefusedWholeAndWritesNothing() throws Exception {
    String body = "source,childName,childBirthDate,registeredCounty\nBIRTH_REGISTRATION,林小安,2025-01-01,TPE\n";
    long instances = instances();
    long referrals = count("cpf_active_care_referral");

    HttpResponse<String> response = http.post(PATH + "/batch", "moi", "text/csv", body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("header");
    assertThat(error.get("code").asText()).isEqualTo("MISSING_COLUMN");
    assertThat(instances()).isEqualTo(instances);
    assertThat(count("cpf_active_care_referral")).isEqualTo(referrals);
  }

  private void assertRejected(ObjectNode referral, String field, String code) throws Exception {
    long instances = instances();
    long referrals = count("cpf_active_care_referral");
    long children = count("cpf_active_care_child");

    HttpResponse<String> response = post("cdc", referral);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = json.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.get("messageZh").asText()).isNotBlank();
    assertThat(instances()).isEqualTo(instances);
    assertThat(count("cpf_active_care_referral")).isEqualTo(referrals);
    assertThat(count("cpf_active_care_child")).isEqualTo(children);
  }

  private HttpResponse<String> post(String user, ObjectNode referral) {
    return http.postJson(PATH, user, referral.toString());
  }

  private ProcessInstance instance(JsonNode body) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(body.get("processInstanceId").asText()).singleResult();
  }

  private long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery().count();
  }


  /** The CONTRACT §3 example: a two-year-old registered in Taipei, with the mother named. */
  private ObjectNode referral(ReferralSource source, String childId) {
    ObjectNode referral = json.createObjectNode();
    referral.put("source", source.name());
    referral.putObject("child").put("nationalId", childId).put("name", "王小明")
        .put("birthDate", today().minusYears(2).toString()).put("sex", "M");
    referral.put("registeredCounty", "TPE").put("registeredAddress", "臺北市中正區");
    referral.putArray("guardians").addObject().put("nationalId", "A223456781").put("name", "王媽媽")
        .put("relation", "MOTHER").put("phone", "0912345678");
    referral.putObject("details");
    return referral;
  }

  private static LocalDate today() {
    return LocalDate.now(Deadlines.TAIWAN);
  }

  static String newChildId() {
    return NationalIds.valid('H', '1', SERIAL.getAndIncrement());
  }
}
