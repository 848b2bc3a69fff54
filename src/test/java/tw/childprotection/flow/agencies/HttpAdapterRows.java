package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.agencies.activecare.HttpActiveCarePlatform;
import tw.childprotection.flow.agencies.cdc.HttpCdcImmunization;
import tw.childprotection.flow.agencies.cdc.VaccinationRecord;
import tw.childprotection.flow.agencies.childcare.HttpChildcareRegistry;
import tw.childprotection.flow.agencies.court.CourtFilingType;
import tw.childprotection.flow.agencies.court.HttpDistrictCourt;
import tw.childprotection.flow.agencies.disability.HttpDisabilityCaseManagement;
import tw.childprotection.flow.agencies.disability.HttpDisabilityWelfarePlatform;
import tw.childprotection.flow.agencies.district.HttpDistrictOffice;
import tw.childprotection.flow.agencies.drugaddiction.HttpDrugAddictionWindow;
import tw.childprotection.flow.agencies.education.HttpEducationAuthority;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;
import tw.childprotection.flow.agencies.fragilefamily.HttpFragileFamilyPlatform;
import tw.childprotection.flow.agencies.household.HouseholdRecord;
import tw.childprotection.flow.agencies.household.HttpHouseholdRegistration;
import tw.childprotection.flow.agencies.immigration.EntryExitRecord;
import tw.childprotection.flow.agencies.immigration.HttpImmigration;
import tw.childprotection.flow.agencies.kindergarten.HttpKindergartenSystem;
import tw.childprotection.flow.agencies.nhia.HttpNhia;
import tw.childprotection.flow.agencies.nhia.InsuranceRecord;
import tw.childprotection.flow.agencies.police.HttpPolice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.agencies.protectioninfo.HttpProtectionInformationSystem;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;
import tw.childprotection.flow.agencies.psychiatric.HttpPsychiatricCareSystem;

/**
 * Every HTTP adapter, one row each, for {@link HttpAdapterContractTest}: those that send a record
 * ({@link Sender}) and those that ask a question ({@link Lookup}). Each makes one call with {@link #KEY}
 * for case {@link #CASE_ID} in TPE.
 */
final class HttpAdapterRows {

  static final String CHILD_NAME = "王小明";
  static final String CHILD_ID = "A123456789";
  static final Map<String, Object> DETAILS = Map.of("childName", CHILD_NAME, "childNationalId", CHILD_ID);
  static final String KEY = "pi-42:notifyCourt:1";
  static final String CASE_ID = "CP-TPE-2026-000001";
  static final ChildQuery QUERY = new ChildQuery(KEY, CASE_ID, "TPE", CHILD_ID, DETAILS);

  private HttpAdapterRows() {
  }

  /** What every adapter has: part of its name as messages give it, one call, and building it alone. */
  record Adapter(String agencyName, Function<AgencyProperties, Object> call, Consumer<AgencyProperties> build) {

    @Override
    public String toString() {
      return agencyName;
    }
  }

  /**
   * An adapter that sends a record: the path after the base URL, the type as the body must show it
   * (null for a call without one) and agency-specific fields of the body beyond caseId, county, type
   * and details.
   */
  record Sender(String agencyName, BiFunction<AgencyProperties, Map<String, Object>, AgencyReceipt> send,
      Consumer<AgencyProperties> build, String path, String type, Consumer<JsonNode> moreOfBody) {

    Adapter adapter() {
      return new Adapter(agencyName, properties -> send.apply(properties, DETAILS), build);
    }

    @Override
    public String toString() {
      return agencyName;
    }
  }

  /**
   * An adapter that asks about {@link #QUERY}'s child: the path, an answer as the agency sends it, what
   * it reads as, and the answer without a fact the process branches on.
   */
  record Lookup<A>(String agencyName, Function<AgencyProperties, A> ask, Consumer<AgencyProperties> build,
      String path, String answerJson, A expectedAnswer, String answerWithoutARequiredFact) {

    Adapter adapter() {
      return new Adapter(agencyName, ask::apply, build);
    }

    @Override
    public String toString() {
      return agencyName;
    }
  }

  static Stream<Adapter> adapters() {
    return Stream.concat(senders().map(Sender::adapter), lookups().map(Lookup::adapter));
  }

  static Stream<Sender> senders() {
    return Stream.of(
        new Sender("district court", (properties, details) -> new HttpDistrictCourt(properties, builder())
            .send(new AgencyNotice<>(KEY, CASE_ID, "TPE", CourtFilingType.CONTINUED_PLACEMENT_PETITION, details)),
            properties -> new HttpDistrictCourt(properties, builder()), "/filings",
            "CONTINUED_PLACEMENT_PETITION", body -> { }),
        new Sender("police", (properties, details) -> new HttpPolice(properties, builder())
            .send(new AgencyNotice<>(KEY, CASE_ID, "TPE", PoliceNoticeType.JOINT_INVESTIGATION_REQUEST, details)),
            properties -> new HttpPolice(properties, builder()), "/notices", "JOINT_INVESTIGATION_REQUEST",
            body -> { }),
        new Sender("education authority", (properties, details) -> new HttpEducationAuthority(properties, builder())
            .send(new AgencyNotice<>(KEY, CASE_ID, "TPE", SchoolNoticeType.SCHOOL_TRANSFER_REQUEST, true, details)),
            properties -> new HttpEducationAuthority(properties, builder()), "/notices", "SCHOOL_TRANSFER_REQUEST",
            body -> {
              assertThat(body.path("identityConfidential").isBoolean()).isTrue();
              assertThat(body.path("identityConfidential").asBoolean()).isTrue();
            }),
        new Sender("protection information system",
            (properties, details) -> new HttpProtectionInformationSystem(properties, builder()).send(
                new AgencyNotice<>(KEY, CASE_ID, "TPE", ProtectionRecordType.INVESTIGATION_REPORT, details)),
            properties -> new HttpProtectionInformationSystem(properties, builder()), "/records",
            "INVESTIGATION_REPORT", body -> { }),
        new Sender("active-care platform", (properties, details) -> new HttpActiveCarePlatform(properties, builder())
            .report(new ChildQuery(KEY, CASE_ID, "TPE", CHILD_ID, details), ActiveCareRecordType.MISSING_CHILD),
            properties -> new HttpActiveCarePlatform(properties, builder()), "/records", "MISSING_CHILD",
            body -> assertThat(body.path("childNationalId").asText()).isEqualTo(CHILD_ID)),
        new Sender("district office", (properties, details) -> new HttpDistrictOffice(properties, builder())
            .requestFollowUp(new ChildQuery(KEY, CASE_ID, "TPE", CHILD_ID, details)),
            properties -> new HttpDistrictOffice(properties, builder()), "/follow-up-requests", null,
            body -> assertThat(body.path("childNationalId").asText()).isEqualTo(CHILD_ID)));
  }

  static Stream<Lookup<?>> lookups() {
    return Stream.of(
        new Lookup<>("CDC immunization",
            properties -> new HttpCdcImmunization(properties, builder()).vaccination(QUERY),
            properties -> new HttpCdcImmunization(properties, builder()), "/vaccination-records",
            "{\"upToDate\":false,\"overdueDoses\":3}", new VaccinationRecord(false, 3), "{\"overdueDoses\":3}"),
        new Lookup<>("household registration",
            properties -> new HttpHouseholdRegistration(properties, builder()).lookup(QUERY),
            properties -> new HttpHouseholdRegistration(properties, builder()), "/household-records",
            "{\"registered\":true,\"departed\":true,\"deceased\":false,\"registeredCounty\":\"KHH\","
                + "\"secondDegreeRelatives\":3,\"householdNumber\":\"ignored\"}",
            new HouseholdRecord(true, true, false, "KHH", 3),
            "{\"registered\":true,\"deceased\":false,\"registeredCounty\":\"KHH\",\"secondDegreeRelatives\":3}"),
        new Lookup<>("immigration agency", properties -> new HttpImmigration(properties, builder()).entryExit(QUERY),
            properties -> new HttpImmigration(properties, builder()), "/entry-exit-records",
            "{\"abroad\":true,\"lastExit\":\"2026-08-19\",\"lastEntry\":\"2025-01-02\"}",
            new EntryExitRecord(true, LocalDate.of(2026, 8, 19), LocalDate.of(2025, 1, 2)),
            "{\"lastExit\":\"2026-08-19\"}"),
        new Lookup<>("national health insurance", properties -> new HttpNhia(properties, builder()).insurance(QUERY),
            properties -> new HttpNhia(properties, builder()), "/insurance-records",
            "{\"insured\":true,\"hasInsuranceAddress\":false,\"motherLinkedVisitsFirst60Days\":2,"
                + "\"clinicsLastHalfYear\":0}",
            new InsuranceRecord(true, false, 2, 0),
            "{\"insured\":true,\"motherLinkedVisitsFirst60Days\":2,\"clinicsLastHalfYear\":0}"),
        matcher("childcare registry", "托育人員登記管理資訊系統",
            properties -> new HttpChildcareRegistry(properties, builder())),
        matcher("disability case management", "身心障礙個案管理服務系統",
            properties -> new HttpDisabilityCaseManagement(properties, builder())),
        matcher("disability welfare platform", "全國身心障礙福利資訊整合平台",
            properties -> new HttpDisabilityWelfarePlatform(properties, builder())),
        matcher("drug-addiction", "毒品成癮者單一窗口服務系統",
            properties -> new HttpDrugAddictionWindow(properties, builder())),
        matcher("fragile-family", "脆弱家庭個案管理平台",
            properties -> new HttpFragileFamilyPlatform(properties, builder())),
        matcher("kindergarten", "全國幼兒園幼生管理系統",
            properties -> new HttpKindergartenSystem(properties, builder())),
        matcher("psychiatric care", "精神照護資訊管理系統",
            properties -> new HttpPsychiatricCareSystem(properties, builder())),
        // the protection information system as one of the systems active care matches against
        matcher("protection information system", "保護資訊系統",
            properties -> new HttpProtectionInformationSystem(properties, builder())));
  }

  private static Lookup<MatchResult> matcher(String agencyName, String system,
      Function<AgencyProperties, RecordMatcher> adapter) {
    return new Lookup<>(agencyName, properties -> adapter.apply(properties).match(QUERY), adapter::apply,
        "/matches", "{\"found\":true,\"inService\":true,\"status\":\"服務中\",\"caseWorker\":\"ignored\"}",
        new MatchResult(true, true, system, "服務中"), "{\"inService\":false,\"status\":\"查無\"}");
  }

  private static RestClient.Builder builder() {
    return RestClient.builder();
  }
}
