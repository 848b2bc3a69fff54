package tw.childprotection.flow.activecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tw.childprotection.flow.support.DecisionTable;

/**
 * The two decisions of the active-care flowchart (戶政、衛政、警政及社政單位執行6歲以下弱勢兒童主動關懷個案通報及查訪作業流程),
 * evaluated by Camunda's standalone DMN engine (no process engine, no Spring):
 *
 * <ul>
 *   <li>processes/active-care/vaccinationReferral.dmn, decision {@code vaccinationReferral}: when the
 *       health unit refers an overdue-vaccination child to social affairs (處遇狀況(1)–(4), 註2);
 *   <li>processes/active-care/referralEligibility.dmn, decision {@code referralEligibility}: the age
 *       each referral source serves (under six; under seven for overdue vaccination, 註1).
 * </ul>
 *
 * Both tables use hit policy FIRST, so the priority cases matter as much as the rules.
 */
class ActiveCareDecisionsTest {

  private static final Path FOLDER =
      Path.of(System.getProperty("basedir", "."), "processes", "active-care");
  private static final Path VACCINATION_MODEL = FOLDER.resolve("vaccinationReferral.dmn");
  private static final Path ELIGIBILITY_MODEL = FOLDER.resolve("referralEligibility.dmn");

  private static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

  // --- vaccinationReferral ---

  private static final String IMMEDIATE = "IMMEDIATE";
  private static final String REFER = "REFER";
  private static final String CONTINUE_REMINDERS = "CONTINUE_REMINDERS";
  private static final String NO_REFERRAL = "NO_REFERRAL";

  private static final String SUSPECTED_RULE = "suspectedProtectionImmediateRule";
  private static final String FRAGILE_REFER_RULE = "fragileFamilyReferRule";
  private static final String REFUSE_REFER_RULE = "parentsRefuseReferRule";
  private static final String NO_RESIDENCE_REFER_RULE = "noResidenceReferRule";
  private static final String FRAGILE_CONTINUE_RULE = "fragileFamilyContinueRule";
  private static final String REFUSE_CONTINUE_RULE = "parentsRefuseContinueRule";
  private static final String NO_RESIDENCE_CONTINUE_RULE = "noResidenceContinueRule";
  private static final String NO_REFERRAL_RULE = "noReferralRule";

  private static final String NOTE_2 =
      "註2：半年內至少3次催種，其中至少1次經雙向通訊聯繫父母、祖父母或其他主要照顧者並進行催種衛教";
  private static final String SUSPECTED_BASIS = "處遇狀況(1)：疑似兒童保護情事，立即轉介社政機關（毋須待催種完成）";
  private static final String FRAGILE_REFER_BASIS = "處遇狀況(2)：脆弱家庭個案管理平台服務中或列為行方不明；已完成催種（註2）";
  private static final String REFUSE_REFER_BASIS = "處遇狀況(3)：家長拒絕接種且拒簽拒絕疫苗接種聲明書；已完成催種（註2）";
  private static final String NO_RESIDENCE_REFER_BASIS = "處遇狀況(4)：查無個案及家屬且無居住事實，無從雙向聯繫；已催種3次（註2）";
  private static final String FRAGILE_CONTINUE_BASIS =
      "處遇狀況(2)：脆弱家庭個案管理平台服務中或列為行方不明；催種未完成，續行催補種（" + NOTE_2 + "）";
  private static final String REFUSE_CONTINUE_BASIS =
      "處遇狀況(3)：家長拒絕接種且拒簽拒絕疫苗接種聲明書；催種未完成，續行催補種（" + NOTE_2 + "）";
  private static final String NO_RESIDENCE_CONTINUE_BASIS =
      "處遇狀況(4)：查無個案及家屬且無居住事實；催種未完成，續行催補種（" + NOTE_2 + "）";
  private static final String NO_REFERRAL_BASIS = "不符處遇狀況(1)至(4)：不轉介社政單位";
  private static final String REMINDERS_INCOMPLETE_BASIS =
      "處遇狀況(1)至(4)尚未成立，催種未完成：續行催補種（註2：半年內至少3次催種，其中至少1次經雙向通訊聯繫）";

  // --- referralEligibility ---

  private static final String OVERDUE_UNDER_SEVEN_RULE = "overdueVaccinationUnderSevenRule";
  private static final String OVERDUE_SEVEN_OR_OLDER_RULE = "overdueVaccinationSevenOrOlderRule";
  private static final String OTHER_UNDER_SIX_RULE = "otherSourceUnderSixRule";
  private static final String OTHER_SIX_OR_OLDER_RULE = "otherSourceSixOrOlderRule";
  private static final String UNKNOWN_SOURCE_RULE = "unknownSourceRule";
  private static final String INVALID_AGE_RULE = "invalidAgeRule";

  private static final String OVERDUE_UNDER_SEVEN_BASIS = "註1：逾期未完成預防接種者，服務年齡至未滿7歲";
  private static final String OVERDUE_SEVEN_OR_OLDER_BASIS = "註1：逾期未完成預防接種者服務年齡至未滿7歲；已滿7歲，不予轉介";
  private static final String OTHER_UNDER_SIX_BASIS = "6歲以下弱勢兒童主動關懷：服務年齡未滿6歲";
  private static final String OTHER_SIX_OR_OLDER_BASIS = "6歲以下弱勢兒童主動關懷：服務年齡未滿6歲；已滿6歲，不予轉介";
  private static final String UNKNOWN_SOURCE_BASIS = "通報來源不明：非主動關懷五類通報來源，不予轉介";
  private static final String INVALID_AGE_BASIS = "年齡未提供或無效，不予轉介";

  private static final DecisionTable VACCINATION_REFERRAL =
      DecisionTable.load("active-care", "vaccinationReferral.dmn", "vaccinationReferral");
  private static final DecisionTable REFERRAL_ELIGIBILITY =
      DecisionTable.load("active-care", "referralEligibility.dmn", "referralEligibility");

  @Test
  void vaccinationRule1_suspectedProtectionIssue_isReferredImmediatelyWithoutWaitingForReminders() {
    Evaluation result = referral(true, "NONE", false, false, 0, 0);

    result.assertReferral(IMMEDIATE, SUSPECTED_BASIS, SUSPECTED_RULE);
  }

  @Test
  void vaccinationRule2_fragileFamilyInServiceAfterTheReminders_isReferred() {
    Evaluation result = referral(false, "IN_SERVICE", false, false, 3, 1);

    result.assertReferral(REFER, FRAGILE_REFER_BASIS, FRAGILE_REFER_RULE);
  }

  @Test
  void vaccinationRule2_fragileFamilyMissingAfterTheReminders_isReferred() {
    Evaluation result = referral(false, "MISSING", false, false, 3, 1);

    result.assertReferral(REFER, FRAGILE_REFER_BASIS, FRAGILE_REFER_RULE);
  }

  @Test
  void vaccinationRule3_parentsRefuseAndWillNotSignAfterTheReminders_isReferred() {
    Evaluation result = referral(false, "NONE", true, false, 3, 1);

    result.assertReferral(REFER, REFUSE_REFER_BASIS, REFUSE_REFER_RULE);
  }

  @Test
  void vaccinationRule4_noOneFoundAndNoResidenceAfterTheReminders_isReferred() {
    Evaluation result = referral(false, "NONE", false, true, 3, 1);

    result.assertReferral(REFER, NO_RESIDENCE_REFER_BASIS, NO_RESIDENCE_REFER_RULE);
  }

  @Test
  void vaccinationRule5_fragileFamilyBeforeTheRemindersAreDone_continuesReminders() {
    Evaluation result = referral(false, "IN_SERVICE", false, false, 2, 1);

    result.assertReferral(CONTINUE_REMINDERS, FRAGILE_CONTINUE_BASIS, FRAGILE_CONTINUE_RULE);
  }

  @Test
  void vaccinationRule6_parentsRefuseBeforeTheRemindersAreDone_continuesReminders() {
    Evaluation result = referral(false, "NONE", true, false, 3, 0);

    result.assertReferral(CONTINUE_REMINDERS, REFUSE_CONTINUE_BASIS, REFUSE_CONTINUE_RULE);
  }

  @Test
  void vaccinationRule7_noResidenceBeforeTheRemindersAreDone_continuesReminders() {
    Evaluation result = referral(false, "NONE", false, true, 1, 0);

    result.assertReferral(
        CONTINUE_REMINDERS, NO_RESIDENCE_CONTINUE_BASIS, NO_RESIDENCE_CONTINUE_RULE);
  }

  @Test
  void vaccinationRule8_noConditionHolds_isNotReferredEvenAfterTheReminders() {
    Evaluation result = referral(false, "NONE", false, false, 5, 2);

    result.assertReferral(NO_REFERRAL, NO_REFERRAL_BASIS, NO_REFERRAL_RULE);
  }

  // ===== vaccinationReferral: the reminder duty of 註2 at its boundaries =====

  @ParameterizedTest(name = "remindersDone={0}, twoWayContacts={1} -> {2}")
  @CsvSource({
    "2, 0, CONTINUE_REMINDERS",
    "2, 1, CONTINUE_REMINDERS",
    "3, 0, CONTINUE_REMINDERS",
    "3, 1, REFER",
    "4, 3, REFER",
  })
  void fragileFamily_isReferredOnlyOnceThreeRemindersWithATwoWayContactAreDone(
      int remindersDone, int twoWayContacts, String expected) {
    Evaluation result = referral(false, "IN_SERVICE", false, false, remindersDone, twoWayContacts);

    assertThat(result.entries().<String>getEntry("referral")).isEqualTo(expected);
    assertThat(result.matchedRules())
        .containsExactly(expected.equals(REFER) ? FRAGILE_REFER_RULE : FRAGILE_CONTINUE_RULE);
  }

  @ParameterizedTest(name = "remindersDone={0}, twoWayContacts={1} -> {2}")
  @CsvSource({
    "2, 0, CONTINUE_REMINDERS",
    "2, 1, CONTINUE_REMINDERS",
    "3, 0, CONTINUE_REMINDERS",
    "3, 1, REFER",
  })
  void parentsRefuse_isReferredOnlyOnceThreeRemindersWithATwoWayContactAreDone(
      int remindersDone, int twoWayContacts, String expected) {
    Evaluation result = referral(false, "NONE", true, false, remindersDone, twoWayContacts);

    assertThat(result.entries().<String>getEntry("referral")).isEqualTo(expected);
    assertThat(result.matchedRules())
        .containsExactly(expected.equals(REFER) ? REFUSE_REFER_RULE : REFUSE_CONTINUE_RULE);
  }

  @ParameterizedTest(name = "remindersDone={0}, twoWayContacts={1} -> {2}")
  @CsvSource({
    "2, 0, CONTINUE_REMINDERS",
    "2, 1, CONTINUE_REMINDERS",
    "3, 0, REFER",
    "3, 1, REFER",
  })
  void noResidence_isReferredAfterThreeRemindersWithoutDemandingATwoWayContactNobodyCanGive(
      int remindersDone, int twoWayContacts, String expected) {
    Evaluation result = referral(false, "NONE", false, true, remindersDone, twoWayContacts);

    assertThat(result.entries().<String>getEntry("referral")).isEqualTo(expected);
    assertThat(result.matchedRules())
        .containsExactly(
            expected.equals(REFER) ? NO_RESIDENCE_REFER_RULE : NO_RESIDENCE_CONTINUE_RULE);
  }

  // ===== vaccinationReferral: the exits once the duty is exhausted (issue 10, item 14) =====

  @Test
  void fragileFamilyListedMissingAfterThreeRemindersWithoutTwoWayContact_isReferred() {
    Evaluation result = referral(false, "MISSING", false, false, 3, 0);

    result.assertReferral(REFER, "處遇狀況(2)：脆弱家庭個案管理平台列為行方不明，無從雙向聯繫；已催種3次（註2）",
        "fragileFamilyMissingReferRule");
  }

  @ParameterizedTest(name = "situation {0}: six months passed after one reminder -> REFER by {1}")
  @CsvSource({
    "IN_SERVICE, false, false, fragileFamilySixMonthsRule",
    "NONE, true, false, parentsRefuseSixMonthsRule",
    "NONE, false, true, noResidenceSixMonthsRule",
  })
  void eachSituationSixMonthsOn_isReferredWithTheRemindersThereWere(String fragile, boolean refuse,
      boolean noResidence, String rule) {
    Evaluation result = referralLater(3, true, facts(fragile, refuse, noResidence, 1, 0));

    assertThat(result.entries().<String>getEntry("referral")).isEqualTo(REFER);
    assertThat(result.entries().<String>getEntry("basis")).contains("催種期間已滿半年");
    assertThat(result.matchedRules()).containsExactly(rule);
  }

  @Test
  void noSituationSixMonthsOn_isNotReferredAndTheRemindersStop() {
    Evaluation result = referralLater(3, true, facts("NONE", false, false, 2, 0));

    result.assertReferral(NO_REFERRAL, "不符處遇狀況(1)至(4)，催種期間已滿半年：不轉介社政單位", "noReferralSixMonthsRule");
  }

  @ParameterizedTest(name = "age {0} -> {1}")
  @CsvSource({"6, CONTINUE_REMINDERS", "7, AGED_OUT", "8, AGED_OUT"})
  void theSeventhBirthdayEndsTheServiceWithNote1AsItsReason(int age, String expected) {
    Evaluation result = referralLater(age, false, facts("NONE", true, false, 1, 0));

    assertThat(result.entries().<String>getEntry("referral")).isEqualTo(expected);
    if (expected.equals("AGED_OUT")) {
      result.assertReferral("AGED_OUT", "註1：服務年齡至未滿7歲；兒童已滿7歲，結案", "agedOutRule");
    }
  }

  @Test
  void aSuspectedProtectionIssueOfASevenYearOldIsStillReportedAtOnce() {
    Map<String, Object> suspected = new HashMap<>(facts("NONE", false, false, 0, 0));
    suspected.put("suspectedProtectionIssue", true);
    Evaluation result = referralLater(7, false, suspected);

    result.assertReferral(IMMEDIATE, SUSPECTED_BASIS, SUSPECTED_RULE);
  }

  // ===== vaccinationReferral: priority between the rules and edge cases =====

  @Test
  void suspectedProtectionIssueWithOtherConditionsAndRemindersDone_isStillImmediate() {
    Evaluation result = referral(true, "MISSING", true, true, 3, 1);

    result.assertReferral(IMMEDIATE, SUSPECTED_BASIS, SUSPECTED_RULE);
  }

  @Test
  void allThreeOtherConditionsAfterTheReminders_citesTheFragileFamilyPlatformFirst() {
    Evaluation result = referral(false, "IN_SERVICE", true, true, 3, 1);

    result.assertReferral(REFER, FRAGILE_REFER_BASIS, FRAGILE_REFER_RULE);
  }

  @Test
  void refusalAndNoResidenceAfterTheReminders_citesTheRefusalFirst() {
    Evaluation result = referral(false, "NONE", true, true, 3, 1);

    result.assertReferral(REFER, REFUSE_REFER_BASIS, REFUSE_REFER_RULE);
  }

  @Test
  void fragileFamilyAndRefusalBeforeTheRemindersAreDone_continuesRemindersCitingThePlatform() {
    Evaluation result = referral(false, "MISSING", true, false, 0, 0);

    result.assertReferral(CONTINUE_REMINDERS, FRAGILE_CONTINUE_BASIS, FRAGILE_CONTINUE_RULE);
  }

  @Test
  void noConditionAndTooFewRemindersYet_keepsReminding() {
    Evaluation result = referral(false, "NONE", false, false, 2, 1);

    result.assertReferral(CONTINUE_REMINDERS, REMINDERS_INCOMPLETE_BASIS, "remindersIncompleteRule");
  }

  @Test
  void noConditionAndNoTwoWayContactYet_keepsReminding() {
    Evaluation result = referral(false, "NONE", false, false, 3, 0);

    result.assertReferral(CONTINUE_REMINDERS, REMINDERS_INCOMPLETE_BASIS, "noTwoWayContactRule");
  }

  @Test
  void unknownFragileFamilyStatus_countsAsNotOnThePlatform() {
    Evaluation result = referral(false, "CLOSED", false, false, 3, 1);

    result.assertReferral(NO_REFERRAL, NO_REFERRAL_BASIS, NO_REFERRAL_RULE);
  }

  @Test
  void missingReminderCounts_doNotCompleteTheReminderDuty() {
    Evaluation result = referral(false, "NONE", true, false, null, null);

    result.assertReferral(CONTINUE_REMINDERS, REFUSE_CONTINUE_BASIS, REFUSE_CONTINUE_RULE);
  }

  @Test
  void missingFacts_areNotAReferral() {
    Evaluation result = referral(null, null, null, null, null, null);

    result.assertReferral(NO_REFERRAL, NO_REFERRAL_BASIS, NO_REFERRAL_RULE);
  }

  // ===== referralEligibility: one test per rule =====

  @Test
  void eligibilityRule1_overdueVaccinationUnderSeven_isEligible() {
    Evaluation result = eligibility("OVERDUE_VACCINATION", 6);

    result.assertEligibility(true, OVERDUE_UNDER_SEVEN_BASIS, OVERDUE_UNDER_SEVEN_RULE);
  }

  @Test
  void eligibilityRule2_overdueVaccinationAtSeven_isRefused() {
    Evaluation result = eligibility("OVERDUE_VACCINATION", 7);

    result.assertEligibility(false, OVERDUE_SEVEN_OR_OLDER_BASIS, OVERDUE_SEVEN_OR_OLDER_RULE);
  }

  @Test
  void eligibilityRule3_otherSourceUnderSix_isEligible() {
    Evaluation result = eligibility("BIRTH_REGISTRATION", 5);

    result.assertEligibility(true, OTHER_UNDER_SIX_BASIS, OTHER_UNDER_SIX_RULE);
  }

  @Test
  void eligibilityRule4_otherSourceAtSix_isRefused() {
    Evaluation result = eligibility("NHI_UNINSURED", 6);

    result.assertEligibility(false, OTHER_SIX_OR_OLDER_BASIS, OTHER_SIX_OR_OLDER_RULE);
  }

  @Test
  void eligibilityRule5_unknownSource_isRefused() {
    Evaluation result = eligibility("SCHOOL_REPORT", 3);

    result.assertEligibility(false, UNKNOWN_SOURCE_BASIS, UNKNOWN_SOURCE_RULE);
  }

  @Test
  void eligibilityRule6_missingAge_isRefused() {
    Evaluation result = eligibility("OVERDUE_VACCINATION", null);

    result.assertEligibility(false, INVALID_AGE_BASIS, INVALID_AGE_RULE);
  }

  // ===== referralEligibility: ages 5, 6 and 7 for every source =====

  @ParameterizedTest(name = "{0} at {1} -> eligible={2}")
  @CsvSource({
    "BIRTH_REGISTRATION,         5, true,  otherSourceUnderSixRule",
    "BIRTH_REGISTRATION,         6, false, otherSourceSixOrOlderRule",
    "BIRTH_REGISTRATION,         7, false, otherSourceSixOrOlderRule",
    "HOUSEHOLD_RELOCATION,       5, true,  otherSourceUnderSixRule",
    "HOUSEHOLD_RELOCATION,       6, false, otherSourceSixOrOlderRule",
    "HOUSEHOLD_RELOCATION,       7, false, otherSourceSixOrOlderRule",
    "OVERDUE_VACCINATION,        5, true,  overdueVaccinationUnderSevenRule",
    "OVERDUE_VACCINATION,        6, true,  overdueVaccinationUnderSevenRule",
    "OVERDUE_VACCINATION,        7, false, overdueVaccinationSevenOrOlderRule",
    "NHI_UNINSURED,              5, true,  otherSourceUnderSixRule",
    "NHI_UNINSURED,              6, false, otherSourceSixOrOlderRule",
    "NHI_UNINSURED,              7, false, otherSourceSixOrOlderRule",
    "LOW_INCOME_DISABLED_PARENT, 5, true,  otherSourceUnderSixRule",
    "LOW_INCOME_DISABLED_PARENT, 6, false, otherSourceSixOrOlderRule",
    "LOW_INCOME_DISABLED_PARENT, 7, false, otherSourceSixOrOlderRule",
  })
  void everySourceAtFiveSixAndSeven(String source, int ageYears, boolean eligible, String rule) {
    Evaluation result = eligibility(source, ageYears);

    assertThat(result.matchedRules()).containsExactly(rule);
    assertThat(result.entries().<Boolean>getEntry("eligible")).isEqualTo(eligible);
  }

  // ===== referralEligibility: edge cases =====

  @Test
  void newborn_isEligibleForEverySource() {
    for (String source :
        List.of(
            "BIRTH_REGISTRATION",
            "HOUSEHOLD_RELOCATION",
            "OVERDUE_VACCINATION",
            "NHI_UNINSURED",
            "LOW_INCOME_DISABLED_PARENT")) {
      assertThat(eligibility(source, 0).entries().<Boolean>getEntry("eligible"))
          .as(source)
          .isTrue();
    }
  }

  @Test
  void unknownSourceAtAnEligibleAge_isRefused() {
    Evaluation result = eligibility("OTHER", 0);

    result.assertEligibility(false, UNKNOWN_SOURCE_BASIS, UNKNOWN_SOURCE_RULE);
  }

  @Test
  void sourceIsCaseSensitive() {
    Evaluation result = eligibility("overdue_vaccination", 6);

    result.assertEligibility(false, UNKNOWN_SOURCE_BASIS, UNKNOWN_SOURCE_RULE);
  }

  @Test
  void missingSource_isRefused() {
    Evaluation result = eligibility(null, 3);

    result.assertEligibility(false, UNKNOWN_SOURCE_BASIS, UNKNOWN_SOURCE_RULE);
  }

  @Test
  void negativeAge_isRefused() {
    Evaluation result = eligibility("BIRTH_REGISTRATION", -1);

    result.assertEligibility(false, INVALID_AGE_BASIS, INVALID_AGE_RULE);
  }

  @Test
  void olderChildOfAnOtherSource_isRefused() {
    Evaluation result = eligibility("LOW_INCOME_DISABLED_PARENT", 12);

    result.assertEligibility(false, OTHER_SIX_OR_OLDER_BASIS, OTHER_SIX_OR_OLDER_RULE);
  }

  // ===== the files stay Camunda Modeler diagrams =====

  @Test
  void vaccinationReferralModelCarriesTheModelerAttributesAndADiagramShape() throws Exception {
    assertModelerDiagram(
        VACCINATION_MODEL, "vaccinationReferralDefinitions", "vaccinationReferral");
    assertThat(VACCINATION_REFERRAL.decision().getName()).isEqualTo("逾期未完成預防接種轉介社政（註1、註2）");
  }

  @Test
  void referralEligibilityModelCarriesTheModelerAttributesAndADiagramShape() throws Exception {
    assertModelerDiagram(
        ELIGIBILITY_MODEL, "referralEligibilityDefinitions", "referralEligibility");
    assertThat(REFERRAL_ELIGIBILITY.decision().getName()).isEqualTo("主動關懷轉介年齡資格");
  }

  private static void assertModelerDiagram(Path model, String definitionsId, String decisionId)
      throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(model.toFile());
    Element definitions = document.getDocumentElement();

    assertThat(definitions.getNamespaceURI()).isEqualTo(DMN_NS);
    assertThat(definitions.getAttribute("id")).isEqualTo(definitionsId);
    assertThat(definitions.getAttribute("exporter")).isEqualTo("Camunda Modeler");
    assertThat(definitions.getAttribute("exporterVersion")).isEqualTo("5.42.0");
    assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatform"))
        .isEqualTo("Camunda Platform");
    assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatformVersion"))
        .isEqualTo("7.24.0");

    NodeList decisions = document.getElementsByTagNameNS(DMN_NS, "decision");
    assertThat(decisions.getLength()).isEqualTo(1);
    Element decision = (Element) decisions.item(0);
    assertThat(decision.getAttribute("id")).isEqualTo(decisionId);
    assertThat(decision.getAttributeNS(CAMUNDA_NS, "historyTimeToLive")).isEqualTo("P3650D");
    Element table = (Element) decision.getElementsByTagNameNS(DMN_NS, "decisionTable").item(0);
    assertThat(table.getAttribute("hitPolicy")).isEqualTo("FIRST");

    NodeList shapes = document.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
    List<String> shapeRefs = new ArrayList<>();
    for (int i = 0; i < shapes.getLength(); i++) {
      shapeRefs.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
    }
    assertThat(shapeRefs).containsExactly(decisionId);
  }

  // --- helpers ---

  private static Evaluation referral(
      Boolean suspectedProtectionIssue,
      String fragileFamilyStatus,
      Boolean parentsRefuseAndWillNotSign,
      Boolean noOneFoundNoResidence,
      Integer remindersDone,
      Integer twoWayContacts) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("suspectedProtectionIssue", suspectedProtectionIssue);
    variables.put("fragileFamilyStatus", fragileFamilyStatus);
    variables.put("parentsRefuseAndWillNotSign", parentsRefuseAndWillNotSign);
    variables.put("noOneFoundNoResidence", noOneFoundNoResidence);
    variables.put("remindersDone", remindersDone);
    variables.put("twoWayContacts", twoWayContacts);
    return evaluate(VACCINATION_REFERRAL, variables);
  }

  /** The same facts once the child is {@code ageYears} old and, or not, six months of reminders have passed. */
  private static Evaluation referralLater(int ageYears, boolean sixMonthsPassed, Map<String, Object> facts) {
    Map<String, Object> variables = new HashMap<>(facts);
    variables.put("ageYears", ageYears);
    variables.put("sixMonthsPassed", sixMonthsPassed);
    return evaluate(VACCINATION_REFERRAL, variables);
  }

  private static Map<String, Object> facts(String fragileFamilyStatus, boolean parentsRefuse, boolean noResidence,
      int remindersDone, int twoWayContacts) {
    return Map.of("suspectedProtectionIssue", false, "fragileFamilyStatus", fragileFamilyStatus,
        "parentsRefuseAndWillNotSign", parentsRefuse, "noOneFoundNoResidence", noResidence,
        "remindersDone", remindersDone, "twoWayContacts", twoWayContacts);
  }

  private static Evaluation eligibility(String source, Integer ageYears) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("source", source);
    variables.put("ageYears", ageYears);
    return evaluate(REFERRAL_ELIGIBILITY, variables);
  }

  private static Evaluation evaluate(DecisionTable table, Map<String, Object> variables) {
    DecisionTable.Evaluation evaluation = table.evaluate(variables);
    return new Evaluation(evaluation.entries(), evaluation.matchedRules());
  }

  private record Evaluation(DmnDecisionResultEntries entries, List<String> matchedRules) {

    void assertReferral(String referral, String basis, String ruleId) {
      assertThat(matchedRules).containsExactly(ruleId);
      assertThat(entries.<String>getEntry("referral")).isEqualTo(referral);
      assertThat(entries.<String>getEntry("basis")).isEqualTo(basis);
    }

    void assertEligibility(boolean eligible, String basis, String ruleId) {
      assertThat(matchedRules).containsExactly(ruleId);
      assertThat(entries.<Boolean>getEntry("eligible")).isEqualTo(eligible);
      assertThat(entries.<String>getEntry("basis")).isEqualTo(basis);
    }
  }
}
