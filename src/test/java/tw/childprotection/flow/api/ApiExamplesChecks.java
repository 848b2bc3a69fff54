package tw.childprotection.flow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.NationalIds;

/**
 * The served description's examples (a report, a referral, an NDJSON and a CSV transmission) are accepted by
 * the API itself: an agency developer who copies them opens cases. Run on H2 ({@code ApiExamplesH2Test}) and
 * PostgreSQL ({@code ApiExamplesPostgresTest}).
 */
abstract class ApiExamplesChecks extends ApiTest {

  @Test
  void theExamplesAreAcceptedByTheApiItself() throws IOException {
    HttpResponse<String> described = http.get("/v3/api-docs", "social.tpe");
    assertThat(described.statusCode()).isEqualTo(200);
    JsonNode api = json.readTree(described.body());
    JsonNode reports = api.at("/paths/~1api~1v1~1protection~1reports/post/requestBody/content");
    JsonNode report = reports.at("/application~1json/examples/report/value");
    String reportJson = report.toString().replace("A123456789", NationalIds.valid('E', '1', 9101));
    HttpResponse<String> reported = http.postJson(ApiExamples.REPORTS, "police.tpe", reportJson);
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    assertThat(json.readTree(reported.body()).path("handlingCounty").asText()).isEqualTo("TPE");

    JsonNode referrals = api.at("/paths/~1api~1v1~1active-care~1referrals/post/requestBody/content");
    String referral = referrals.at("/application~1json/examples/referral/value").toString()
        .replace("A123456789", NationalIds.valid('E', '1', 9102));
    HttpResponse<String> referred = http.postJson(ApiExamples.REFERRALS, "household.tpe", referral);
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);

    JsonNode batch = api.at("/paths/~1api~1v1~1active-care~1referrals~1batch/post/requestBody/content");
    String ndjson = batch.at("/application~1x-ndjson/examples/ndjson/value").asText()
        .replace("A123456789", NationalIds.valid('E', '1', 9103))
        .replace("F131104093", NationalIds.valid('E', '2', 9104));
    HttpResponse<String> sent = http.post(ApiExamples.BATCH, "nhia", "application/x-ndjson", ndjson);
    assertThat(json.readTree(sent.body()).path("accepted").asInt()).as(sent.body()).isEqualTo(2);
    String csv = batch.at("/text~1csv/examples/csv/value").asText()
        .replace("A123456789", NationalIds.valid('E', '1', 9105));
    HttpResponse<String> sentCsv = http.post(ApiExamples.BATCH, "cdc", "text/csv", csv);
    assertThat(json.readTree(sentCsv.body()).path("accepted").asInt()).as(sentCsv.body()).isEqualTo(1);
  }
}
