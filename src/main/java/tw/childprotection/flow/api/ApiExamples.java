package tw.childprotection.flow.api;

import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;

/** Examples a sender can copy: a report, a referral, a transmission as NDJSON and as CSV. */
final class ApiExamples {

  static final String REPORTS = "/api/v1/protection/reports";
  static final String REFERRALS = "/api/v1/active-care/referrals";
  static final String BATCH = "/api/v1/active-care/referrals/batch";

  static final Map<String, Object> REPORT = Map.of(
      "reporter", Map.of("type", "MANDATED", "profession", "EDUCATION", "name", "陳老師",
          "agency", "臺北市立大安國民小學"),
      "knownAt", "2026-11-20T09:30:00+08:00", "urgent", false, "verbalFirst", false,
      "article53Items", List.of(3), "reason", "學童手臂多處瘀傷，自述遭家長以衣架責打",
      "child", Map.of("nationalId", "A123456789", "name", "王小明", "birthDate", "2018-05-01", "sex", "M"),
      "location", Map.of("county", "TPE", "address", "臺北市大安區信義路三段"),
      "residenceCounty", "TPE");

  static final Map<String, Object> REFERRAL = Map.of(
      "source", "BIRTH_REGISTRATION",
      "child", Map.of("nationalId", "A123456789", "name", "王小明", "birthDate", "2026-05-01", "sex", "M"),
      "registeredCounty", "TPE", "registeredAddress", "臺北市中正區重慶南路一段122號",
      "guardians", List.of(Map.of("nationalId", "A223456709", "name", "林美華", "relation", "MOTHER",
          "phone", "0912345678")),
      "details", Map.of());

  static final String NDJSON = """
      {"source":"NHI_UNINSURED","child":{"nationalId":"A123456789","name":"王小明","birthDate":"2023-05-01",\
      "sex":"M"},"registeredCounty":"TPE","registeredAddress":"臺北市中正區重慶南路一段122號","guardians":[]}
      {"source":"NHI_UNINSURED","child":{"nationalId":"F131104093","name":"林小安","birthDate":"2022-02-14",\
      "sex":"F"},"registeredCounty":"NWT","registeredAddress":"新北市板橋區中山路一段161號","guardians":[]}
      """;

  static final String CSV = """
      source,childNationalId,childName,childBirthDate,childSex,registeredCounty,registeredAddress,\
      guardianNationalId,guardianName,guardianRelation,guardianPhone
      OVERDUE_VACCINATION,A123456789,王小明,2023-05-01,M,TPE,"臺北市中正區重慶南路一段122號",,林美華,MOTHER,0912345678
      """;

  private ApiExamples() {
  }

  static void addTo(OpenAPI api) {
    example(api, REPORTS, "application/json", "report",
        ApiDocsConfig.example("學校教師之責任通報 — a teacher's mandated report", REPORT));
    example(api, REFERRALS, "application/json", "referral",
        ApiDocsConfig.example("戶政出生登記轉介 — a birth-registration referral", REFERRAL));
    example(api, BATCH, "application/x-ndjson", "ndjson",
        ApiDocsConfig.example("健保署之定期傳送（每行一筆）— an NHIA transmission, one per line", NDJSON));
    example(api, BATCH, "text/csv", "csv",
        ApiDocsConfig.example("疾管署之定期傳送（CSV，第一列為標題）— a CDC transmission with its header", CSV));
  }

  private static void example(OpenAPI api, String path, String mediaType, String name, Example example) {
    PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
    Operation post = item == null ? null : item.getPost();
    if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
      return;
    }
    MediaType content = post.getRequestBody().getContent().get(mediaType);
    if (content != null) {
      content.addExamples(name, example);
    }
  }
}
