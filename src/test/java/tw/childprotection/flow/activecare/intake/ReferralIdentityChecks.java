package tw.childprotection.flow.activecare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.cases.CaseVariables;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.NationalIds;

/**
 * No referral on the wrong child, and no answer naming another county's case (issue 12 hole 4, issue 14
 * item 4): a referral for a child with an open case in another county reaches that case but answers 202
 * without its number; a referral whose identity number matches an open case under another name or birth
 * date is held for a social worker of that case's county, who merges it (same child) or opens its own case.
 * Run on H2 ({@code ReferralIdentityH2Test}) and PostgreSQL ({@code ReferralIdentityPostgresTest}).
 */
abstract class ReferralIdentityChecks extends ApiTest {

  static final AtomicInteger SERIAL = new AtomicInteger(46_789_000);

  @Test
  void aTaipeiReferralOfAChildWithAnOpenKaohsiungCaseReachesItButNeverNamesIt() throws Exception {
    String child = newChildId();
    JsonNode khh = json.readTree(post("moi", referral(ReferralSource.BIRTH_REGISTRATION, child, "KHH",
        "王小明", years(2))).body());
    String khhCase = khh.get("caseId").asText();
    String khhInstance = khh.get("processInstanceId").asText();
    long cases = cases();

    HttpResponse<String> tpe = post("household.tpe", referral(ReferralSource.HOUSEHOLD_RELOCATION, child, "TPE",
        "王小明", years(2)));

    assertThat(tpe.statusCode()).as(tpe.body()).isEqualTo(202);
    assertThat(tpe.body()).doesNotContain(khhCase).doesNotContain(khhInstance).doesNotContain("KHH");
    JsonNode answer = json.readTree(tpe.body());
    assertThat(answer.get("caseId").isNull()).isTrue();
    assertThat(answer.get("processInstanceId").isNull()).isTrue();
    assertThat(answer.get("duplicate").asBoolean()).isFalse();
    assertThat(answer.get("forwarded").asBoolean()).isTrue();
    assertThat(cases()).as("no second case").isEqualTo(cases);
    assertThat(variable(khhInstance, ReferralIntake.VAR_REFERRAL_SOURCES))
        .isEqualTo("BIRTH_REGISTRATION,HOUSEHOLD_RELOCATION");
    assertThat(variable(khhInstance, ReferralIntake.VAR_REFERRED_FROM)).as("KHH sees where it came from")
        .isEqualTo("HOUSEHOLD_RELOCATION@TPE");
    assertThat(http.get("/api/v1/cases/" + khhCase, "household.tpe").statusCode()).isIn(403, 404);
  }

  @Test
  void theSameNumberUnderAnotherNameAndBirthDateIsHeldForASocialWorkerNotMerged() throws Exception {
    String child = newChildId();
    JsonNode first = json.readTree(post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child, "TPE",
        "王小明", years(4))).body());
    long cases = cases();

    HttpResponse<String> other = post("cdc", referral(ReferralSource.OVERDUE_VACCINATION, child, "TPE",
        "林小安", LocalDate.now(Deadlines.TAIWAN).minusMonths(3)));

    assertThat(other.statusCode()).as(other.body()).isEqualTo(202);
    JsonNode answer = json.readTree(other.body());
    assertThat(answer.get("identityCheck").asBoolean()).isTrue();
    assertThat(answer.has("addedSource")).isFalse();
    assertThat(answer.get("caseId").isNull()).isTrue();
    assertThat(cases()).isEqualTo(cases);
    String firstInstance = first.get("processInstanceId").asText();
    assertThat(variable(firstInstance, ReferralIntake.VAR_REFERRAL_SOURCES)).isEqualTo("BIRTH_REGISTRATION");
    Task task = check(first.get("caseId").asText());
    assertThat(task.getTenantId()).isEqualTo("TPE");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).anyMatch(
        l -> "social-worker".equals(l.getGroupId()));
    Map<String, Object> shown = engine.getTaskService().getVariables(task.getId());
    assertThat(shown).containsEntry("existingChildName", "王小明").containsEntry("referredChildName", "林小安");
  }

  @Test
  void theSocialWorkerFindsTheSameChildAndTheReferralJoinsTheOpenCase() throws Exception {
    String child = newChildId();
    JsonNode first = json.readTree(post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child, "TPE",
        "王小明", years(4))).body());
    post("cdc", referral(ReferralSource.OVERDUE_VACCINATION, child, "TPE", "王曉明", years(4)));
    long cases = cases();

    engine.getTaskService().complete(check(first.get("caseId").asText()).getId(),
        Map.of(ActiveCareCase.VAR_IDENTITY_DECISION, "SAME"));

    assertThat(cases()).isEqualTo(cases);
    assertThat(variable(first.get("processInstanceId").asText(), ReferralIntake.VAR_REFERRAL_SOURCES))
        .isEqualTo("BIRTH_REGISTRATION,OVERDUE_VACCINATION");
    assertThat(outcomes(first.get("caseId").asText())).containsExactly("NEW_CASE", "IDENTITY_CHECK", "ADDED_SOURCE");
  }

  @Test
  void theSocialWorkerFindsAnotherChildWhichGetsACaseOfItsOwn() throws Exception {
    String child = newChildId();
    JsonNode first = json.readTree(post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child, "TPE",
        "王小明", years(4))).body());
    post("cdc", referral(ReferralSource.OVERDUE_VACCINATION, child, "TPE", "林小安", years(1)));
    long cases = cases();

    engine.getTaskService().complete(check(first.get("caseId").asText()).getId(),
        Map.of(ActiveCareCase.VAR_IDENTITY_DECISION, "DIFFERENT"));

    assertThat(cases()).isEqualTo(cases + 1);
    ProcessInstance own = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ActiveCareCase.PROCESS_KEY).variableValueEquals(CaseVariables.CHILD_NAME, "林小安")
        .variableValueEquals(CaseVariables.CHILD_NATIONAL_ID, child).singleResult();
    assertThat(own.getTenantId()).isEqualTo("TPE");
    assertThat(own.getBusinessKey()).isNotEqualTo(first.get("caseId").asText());
    assertThat(variable(first.get("processInstanceId").asText(), ReferralIntake.VAR_REFERRAL_SOURCES))
        .isEqualTo("BIRTH_REGISTRATION");
    HttpResponse<String> again = post("household.tpe", referral(ReferralSource.BIRTH_REGISTRATION, child, "TPE",
        "王小明", years(4)));
    assertThat(json.readTree(again.body()).get("caseId").asText()).as("the number still names the first child's")
        .isEqualTo(first.get("caseId").asText());
  }

  @Test
  void anotherCountysMismatchIsCheckedByThatCountyAndTheAnswerNamesNothing() throws Exception {
    String child = newChildId();
    JsonNode khh = json.readTree(post("moi", referral(ReferralSource.BIRTH_REGISTRATION, child, "KHH",
        "王小明", years(4))).body());

    HttpResponse<String> tpe = post("household.tpe", referral(ReferralSource.HOUSEHOLD_RELOCATION, child, "TPE",
        "林小安", years(1)));

    assertThat(tpe.statusCode()).as(tpe.body()).isEqualTo(202);
    assertThat(tpe.body()).doesNotContain(khh.get("caseId").asText()).doesNotContain("KHH");
    assertThat(json.readTree(tpe.body()).get("identityCheck").asBoolean()).isTrue();
    assertThat(check(khh.get("caseId").asText()).getTenantId()).isEqualTo("KHH");
  }

  private Task check(String caseId) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ActiveCareCase.IDENTITY_CHECK_KEY).variableValueEquals("caseId", caseId).singleResult();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ActiveCareCase.RECONCILE_IDENTITY).singleResult();
  }

  private java.util.List<String> outcomes(String caseId) {
    return jdbc.queryForList("SELECT outcome FROM cpf_active_care_referral WHERE case_id = ? ORDER BY received_at,"
        + " outcome DESC", String.class, caseId);
  }

  private Object variable(String instance, String name) {
    return engine.getRuntimeService().getVariable(instance, name);
  }

  private long cases() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ActiveCareCase.PROCESS_KEY)
        .count();
  }

  private HttpResponse<String> post(String user, ObjectNode referral) {
    return http.postJson(ReferralApiTest.PATH, user, referral.toString());
  }

  private ObjectNode referral(ReferralSource source, String childId, String county, String name, LocalDate born) {
    ObjectNode referral = json.createObjectNode();
    referral.put("source", source.name());
    referral.putObject("child").put("nationalId", childId).put("name", name).put("birthDate", born.toString())
        .put("sex", "M");
    referral.put("registeredCounty", county);
    referral.putObject("details");
    return referral;
  }

  private static LocalDate years(int years) {
    return LocalDate.now(Deadlines.TAIWAN).minusYears(years);
  }

  private static String newChildId() {
    return NationalIds.valid('J', '1', SERIAL.getAndIncrement());
  }
}
