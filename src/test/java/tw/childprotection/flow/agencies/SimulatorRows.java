package tw.childprotection.flow.agencies;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecord;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.agencies.activecare.SimulatedActiveCarePlatform;
import tw.childprotection.flow.agencies.cdc.SimulatedCdcImmunization;
import tw.childprotection.flow.agencies.cdc.VaccinationRecord;
import tw.childprotection.flow.agencies.childcare.SimulatedChildcareRegistry;
import tw.childprotection.flow.agencies.court.CourtFilingType;
import tw.childprotection.flow.agencies.court.SimulatedDistrictCourt;
import tw.childprotection.flow.agencies.disability.SimulatedDisabilityCaseManagement;
import tw.childprotection.flow.agencies.disability.SimulatedDisabilityWelfarePlatform;
import tw.childprotection.flow.agencies.district.SimulatedDistrictOffice;
import tw.childprotection.flow.agencies.drugaddiction.SimulatedDrugAddictionWindow;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;
import tw.childprotection.flow.agencies.education.SimulatedEducationAuthority;
import tw.childprotection.flow.agencies.fragilefamily.SimulatedFragileFamilyPlatform;
import tw.childprotection.flow.agencies.household.HouseholdRecord;
import tw.childprotection.flow.agencies.household.SimulatedHouseholdRegistration;
import tw.childprotection.flow.agencies.immigration.EntryExitRecord;
import tw.childprotection.flow.agencies.immigration.SimulatedImmigration;
import tw.childprotection.flow.agencies.kindergarten.SimulatedKindergartenSystem;
import tw.childprotection.flow.agencies.nhia.InsuranceRecord;
import tw.childprotection.flow.agencies.nhia.SimulatedNhia;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.agencies.police.SimulatedPolice;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;
import tw.childprotection.flow.agencies.protectioninfo.SimulatedProtectionInformationSystem;
import tw.childprotection.flow.agencies.psychiatric.SimulatedPsychiatricCareSystem;

/**
 * Every simulator, one row each, for the contract tests: the agencies that receive calls
 * ({@link SimulatorContractTest}) and the systems that answer questions ({@link SimulatedLookupContractTest}).
 * Each call of a method gives fresh simulators, so no row sees another test's calls.
 */
final class SimulatorRows {

  static final String CHILD_NAME = "王小明";
  static final String CHILD_ID = "A123456789";
  static final String OTHER_CHILD_ID = "B223456780";
  static final String CASE_ID = "CP-TPE-2026-000001";
  static final Map<String, Object> DETAILS = Map.of("childName", CHILD_NAME, "childNationalId", CHILD_ID);

  private SimulatorRows() {
  }

  /** A call for case {@code caseId} in TPE, of the agency's first kind. */
  @FunctionalInterface
  interface Call<T> {
    T of(String idempotencyKey, String caseId, Map<String, Object> details);
  }

  /**
   * An agency that receives calls: how to make one, one it must refuse ({@code incomplete}, lacking
   * {@code incompleteField}), how to send it and its receipts' prefix.
   */
  record Receiver<T>(String name, Simulator<T> simulator, Call<T> call, Supplier<T> incomplete,
      String incompleteField, Function<T, AgencyReceipt> send, Function<T, Map<String, Object>> detailsOf,
      String referencePrefix) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** A system that answers questions: how to ask, its default answer for a query, an answer to stub. */
  record Lookup<A>(String name, SimulatedLookup<A> simulator, Function<ChildQuery, A> ask,
      Function<ChildQuery, A> expectedDefault, A stubbed) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Receiver<?>> receivers() {
    SimulatedAgencyReceipts receipts = SimulatorDatabase.freshReceipts();
    SimulatedActiveCarePlatform platform = new SimulatedActiveCarePlatform(receipts);
    SimulatedDistrictOffice district = new SimulatedDistrictOffice(receipts);
    return Stream.of(
        notices("district court", new SimulatedDistrictCourt(receipts), CourtFilingType.PLACEMENT_NOTICE, "COURT"),
        notices("police", new SimulatedPolice(receipts), PoliceNoticeType.PLACEMENT_NOTICE, "POLICE"),
        notices("education authority", new SimulatedEducationAuthority(receipts),
            SchoolNoticeType.PLACEMENT_NOTICE, "EDU"),
        notices("protection information system", new SimulatedProtectionInformationSystem(receipts),
            ProtectionRecordType.REPORT_RECEIVED, "PIS"),
        new Receiver<>("active-care platform", platform,
            (key, caseId, details) -> new ActiveCareRecord(new ChildQuery(key, caseId, "TPE", CHILD_ID, details),
                ActiveCareRecordType.CASE_OPENED),
            () -> new ActiveCareRecord(new ChildQuery("k", CASE_ID, "TPE", CHILD_ID, DETAILS), null), "type",
            record -> platform.report(record.query(), record.type()), record -> record.query().details(), "ACP"),
        // a letter has no type; what it cannot do without is the child's national ID
        new Receiver<>("district office", district,
            (key, caseId, details) -> new ChildQuery(key, caseId, "TPE", CHILD_ID, details),
            () -> new ChildQuery("k", CASE_ID, "TPE", null, DETAILS), "childNationalId",
            district::requestFollowUp, ChildQuery::details, "DISTRICT"));
  }

  private static <T extends Enum<T>> Receiver<AgencyNotice<T>> notices(String name,
      SimulatedNoticeRecipient<T> simulator, T type, String referencePrefix) {
    return new Receiver<>(name, simulator,
        (key, caseId, details) -> new AgencyNotice<>(key, caseId, "TPE", type, details),
        () -> new AgencyNotice<>("k", CASE_ID, "TPE", null, DETAILS), "type",
        simulator::send, AgencyNotice::details, referencePrefix);
  }

  static Stream<Lookup<?>> lookups() {
    SimulatedCdcImmunization cdc = new SimulatedCdcImmunization();
    SimulatedHouseholdRegistration household = new SimulatedHouseholdRegistration();
    SimulatedImmigration immigration = new SimulatedImmigration();
    SimulatedNhia nhia = new SimulatedNhia();
    return Stream.concat(Stream.of(
        new Lookup<>("CDC immunization", cdc, cdc::vaccination,
            query -> new VaccinationRecord(false, 1), new VaccinationRecord(true, 0)),
        new Lookup<>("household registration", household, household::lookup,
            query -> new HouseholdRecord(true, false, false, query.county(), 2),
            new HouseholdRecord(true, true, false, "TPE", 2)),
        new Lookup<>("immigration agency", immigration, immigration::entryExit,
            query -> new EntryExitRecord(false, null, null),
            new EntryExitRecord(true, LocalDate.of(2026, 8, 19), null)),
        new Lookup<>("national health insurance", nhia, nhia::insurance,
            query -> InsuranceRecord.plausibleFor(query.childNationalId()), new InsuranceRecord(false, false, 0, 0))),
        matchers());
  }

  /** The service systems active care matches against, each a {@link SimulatedRecordMatcher}. */
  static Stream<Lookup<?>> matchers() {
    return Stream.of(
        matcher(new SimulatedChildcareRegistry(), "托育人員登記管理資訊系統"),
        matcher(new SimulatedDisabilityCaseManagement(), "身心障礙個案管理服務系統"),
        matcher(new SimulatedDisabilityWelfarePlatform(), "全國身心障礙福利資訊整合平台"),
        matcher(new SimulatedDrugAddictionWindow(), "毒品成癮者單一窗口服務系統"),
        matcher(new SimulatedFragileFamilyPlatform(), "脆弱家庭個案管理平台"),
        matcher(new SimulatedKindergartenSystem(), "全國幼兒園幼生管理系統"),
        matcher(new SimulatedPsychiatricCareSystem(), "精神照護資訊管理系統"));
  }

  private static Lookup<MatchResult> matcher(SimulatedRecordMatcher system, String name) {
    return new Lookup<>(name, system, system::match, query -> MatchResult.none(name),
        new MatchResult(true, true, name, "服務中"));
  }
}
