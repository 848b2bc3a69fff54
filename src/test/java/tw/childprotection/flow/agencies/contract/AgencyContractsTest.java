package tw.childprotection.flow.agencies.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.AgencyNotice;
import tw.childprotection.flow.agencies.AgencyProperties;
import tw.childprotection.flow.agencies.HttpAdapterKeys;
import tw.childprotection.flow.agencies.AgencyUnavailableException;
import tw.childprotection.flow.agencies.ChildQuery;
import tw.childprotection.flow.agencies.FakeAgencyServer;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.agencies.activecare.HttpActiveCarePlatform;
import tw.childprotection.flow.agencies.cdc.HttpCdcImmunization;
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
import tw.childprotection.flow.agencies.household.HttpHouseholdRegistration;
import tw.childprotection.flow.agencies.immigration.HttpImmigration;
import tw.childprotection.flow.agencies.kindergarten.HttpKindergartenSystem;
import tw.childprotection.flow.agencies.nhia.HttpNhia;
import tw.childprotection.flow.agencies.police.HttpPolice;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.agencies.protectioninfo.HttpProtectionInformationSystem;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;
import tw.childprotection.flow.agencies.psychiatric.HttpPsychiatricCareSystem;

/**
 * Each agency's outbound contract (docs/agencies/&lt;key&gt;.yaml, OpenAPI 3) against the wire: a real
 * local server captures what each HTTP adapter sends — every record type it has — and answers the
 * contract's own example, and the OpenAPI validator checks both the request and the answer; the
 * adapter must then read that answer. Written against the wire format, not the adapters' insides.
 */
class AgencyContractsTest {

  static final Path CONTRACTS = Path.of("docs/agencies");
  static final String KEY = "pi-42:activity:1";
  static final Map<String, Object> DETAILS = Map.of("childName", "王小明", "childNationalId", "A123456789");

  private final FakeAgencyServer server = new FakeAgencyServer();
  private final ObjectMapper json = new ObjectMapper();

  /** One agency call: the contract file's key, the path after the base URL, and the call itself. */
  record Call(String agency, String path, String what, Function<AgencyProperties, Object> send) {
  }

  static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (CourtFilingType type : CourtFilingType.values()) {
      calls.add(new Call("court", "/filings", type.name(), p -> new HttpDistrictCourt(p, rest())
          .send(new AgencyNotice<>(KEY, "CP-TPE-2026-000001", "TPE", type, DETAILS))));
    }
    for (PoliceNoticeType type : PoliceNoticeType.values()) {
      calls.add(new Call("police", "/notices", type.name(), p -> new HttpPolice(p, rest())
          .send(new AgencyNotice<>(KEY, "CP-TPE-2026-000001", "TPE", type, DETAILS))));
    }
    for (SchoolNoticeType type : SchoolNoticeType.values()) {
      calls.add(new Call("education", "/notices", type.name(), p -> new HttpEducationAuthority(p, rest())
          .send(new AgencyNotice<>(KEY, "CP-TPE-2026-000001", "TPE", type, true, DETAILS))));
    }
    for (ProtectionRecordType type : ProtectionRecordType.values()) {
      calls.add(new Call("protection-info", "/records", type.name(), p -> new HttpProtectionInformationSystem(p, rest())
          .send(new AgencyNotice<>(KEY, "CP-TPE-2026-000001", "TPE", type, DETAILS))));
    }
    calls.add(new Call("protection-info", "/matches", "match",
        p -> new HttpProtectionInformationSystem(p, rest()).match(query())));
    for (ActiveCareRecordType type : ActiveCareRecordType.values()) {
      calls.add(new Call("active-care-platform", "/records", type.name(),
          p -> new HttpActiveCarePlatform(p, rest()).report(query(), type)));
    }
    calls.add(new Call("household", "/household-records", "lookup",
        p -> new HttpHouseholdRegistration(p, rest()).lookup(query())));
    calls.add(new Call("immigration", "/entry-exit-records", "lookup",
        p -> new HttpImmigration(p, rest()).entryExit(query())));
    calls.add(new Call("nhia", "/insurance-records", "lookup", p -> new HttpNhia(p, rest()).insurance(query())));
    calls.add(new Call("cdc", "/vaccination-records", "lookup",
        p -> new HttpCdcImmunization(p, rest()).vaccination(query())));
    calls.add(new Call("district-office", "/follow-up-requests", "letter",
        p -> new HttpDistrictOffice(p, rest()).requestFollowUp(query())));
    calls.add(new Call("fragile-family", "/matches", "match",
        p -> new HttpFragileFamilyPlatform(p, rest()).match(query())));
    calls.add(new Call("drug-addiction", "/matches", "match",
        p -> new HttpDrugAddictionWindow(p, rest()).match(query())));
    calls.add(new Call("psychiatric", "/matches", "match",
        p -> new HttpPsychiatricCareSystem(p, rest()).match(query())));
    calls.add(new Call("disability-case-management", "/matches", "match",
        p -> new HttpDisabilityCaseManagement(p, rest()).match(query())));
    calls.add(new Call("disability-welfare", "/matches", "match",
        p -> new HttpDisabilityWelfarePlatform(p, rest()).match(query())));
    calls.add(new Call("kindergarten", "/matches", "match", p -> new HttpKindergartenSystem(p, rest()).match(query())));
    calls.add(new Call("childcare", "/matches", "match", p -> new HttpChildcareRegistry(p, rest()).match(query())));
    return calls;
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void everyAgencyWeCallHasAContractAndIsInTheAdaptersPage() throws IOException {
    String adapters = Files.readString(Path.of("docs/adapters.md"));
    for (String agency : HttpAdapterKeys.all()) {
      assertThat(CONTRACTS.resolve(agency + ".yaml")).as("contract of " + agency).isRegularFile();
      assertThat(calls()).as("a call to " + agency + " in this test").anyMatch(c -> c.agency().equals(agency));
      assertThat(adapters).as("docs/adapters.md").contains("`" + agency + "`")
          .contains("docs/agencies/" + agency + ".yaml").contains(AgencyProperties.baseUrlProperty(agency));
    }
    try (Stream<Path> files = Files.list(CONTRACTS)) {
      assertThat(files.map(f -> f.getFileName().toString().replace(".yaml", "")))
          .as("no contract for an agency we do not call").allMatch(HttpAdapterKeys.all()::contains);
    }
  }

  @TestFactory
  Stream<DynamicTest> whatEachAdapterSendsAndTheContractsAnswerMatchTheContract() {
    return calls().stream().map(call -> DynamicTest.dynamicTest(call.agency() + " " + call.path() + " " + call.what(),
        () -> check(call)));
  }

  @Test
  void anAnswerThatBreaksTheContractIsCaughtByTheValidatorAndNeverTakenForNo() throws IOException {
    Call match = calls().stream().filter(c -> c.agency().equals("psychiatric")).findFirst().orElseThrow();
    server.answer(200, "{\"inService\":false}");
    assertThatThrownBy(() -> match.send().apply(server.properties())).isInstanceOf(AgencyUnavailableException.class);
    ValidationReport report = validator("psychiatric").validate(request(server.onlyRequest()),
        SimpleResponse.Builder.status(200).withContentType("application/json").withBody("{\"inService\":false}")
            .build());
    assertThat(report.hasErrors()).as("found is required by the contract").isTrue();
  }

  @Test
  void aRequestThatBreaksTheContractIsCaughtByTheValidator() {
    SimpleRequest withoutTheChild = SimpleRequest.Builder.post("/api/v1/matches").withContentType("application/json")
        .withHeader("Idempotency-Key", KEY).withBody("{\"caseId\":\"AC-TPE-2026-000001\",\"county\":\"TPE\","
            + "\"details\":{},\"childName\":\"王小明\"}").build();
    SimpleRequest withoutTheKey = SimpleRequest.Builder.post("/api/v1/matches").withContentType("application/json")
        .withBody("{\"caseId\":\"AC-TPE-2026-000001\",\"county\":\"TPE\",\"childNationalId\":\"A123456789\","
            + "\"details\":{}}").build();

    assertThat(validator("childcare").validateRequest(withoutTheChild).getMessages())
        .as("no national ID and a field the contract does not name").hasSizeGreaterThanOrEqualTo(2);
    assertThat(validator("childcare").validateRequest(withoutTheKey).hasErrors()).as("no Idempotency-Key").isTrue();
  }

  private void check(Call call) throws IOException {
    JsonNode contract = new YAMLMapper().readTree(CONTRACTS.resolve(call.agency() + ".yaml").toFile());
    JsonNode responses = contract.path("paths").path(call.path()).path("post").path("responses");
    String status = responses.has("201") ? "201" : "200";
    JsonNode example = responses.path(status).path("content").path("application/json").path("example");
    assertThat(example.isMissingNode()).as("the contract's example answer").isFalse();
    FakeAgencyServer fake = new FakeAgencyServer().answer(Integer.parseInt(status), example.toString());
    try (fake) {
      Object answer = call.send().apply(fake.properties());
      assertThat(answer).as("the adapter reads the contract's answer").isNotNull();

      FakeAgencyServer.Request sent = fake.onlyRequest();
      assertThat(sent.path()).isEqualTo("/api/v1" + call.path());
      ValidationReport report = validator(call.agency()).validate(request(sent), SimpleResponse.Builder
          .status(Integer.parseInt(status)).withContentType("application/json").withBody(example.toString()).build());
      assertThat(report.getMessages()).as(call.agency() + " " + call.what() + " against its contract").isEmpty();
      JsonNode body = json.readTree(sent.body());
      if (!call.what().equals(call.what().toLowerCase())) {
        assertThat(body.path("type").asText()).as("the type on the wire").isEqualTo(call.what());
      }
    }
  }

  private static SimpleRequest request(FakeAgencyServer.Request sent) {
    SimpleRequest.Builder request = SimpleRequest.Builder.post(sent.path()).withContentType(sent.contentType())
        .withBody(sent.body());
    if (sent.idempotencyKey() != null) {
      request.withHeader("Idempotency-Key", sent.idempotencyKey());
    }
    return request.build();
  }

  private static OpenApiInteractionValidator validator(String agency) {
    return OpenApiInteractionValidator.createForSpecificationUrl(CONTRACTS.resolve(agency + ".yaml").toUri().toString())
        .withBasePathOverride("/api/v1").build();
  }

  private static ChildQuery query() {
    return new ChildQuery(KEY, "AC-TPE-2026-000001", "TPE", "A123456789", DETAILS);
  }

  private static RestClient.Builder rest() {
    return RestClient.builder();
  }
}
