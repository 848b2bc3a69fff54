package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 14 item 2: each agency's credentials come from configuration or the environment, never from code,
 * and never reach a log or a message. The bearer token travels as the Authorization header; a client
 * certificate is read from its PKCS#12 key store. Everything the run writes (all loggers, all levels a
 * plain JVM prints) is captured and searched for the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class AgencyCredentialsTest {

  static final String TOKEN = "tok-7f3a9c1e-5b2d-49aa-secret";
  static final String FILING = "Filing[idempotencyKey=k-1, caseId=CP-TPE-2026-000001, county=TPE]";

  private final FakeAgencyServer server = new FakeAgencyServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theTokenOfTheAgencysPropertyIsSentAsBearerAuthorizationAndNeverLogged(CapturedOutput log) {
    AgencyProperties properties = AgencyProperties.from(environment()
        .withProperty("child-protection.agencies.court.bearer-token", TOKEN));

    court(properties).post("k-1", Map.of("caseId", "CP-TPE-2026-000001"), FILING);

    assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(log.getAll()).contains("CP-TPE-2026-000001").doesNotContain(TOKEN);
  }

  @Test
  void theTokenMayComeFromTheAgencysEnvironmentVariable() {
    AgencyProperties properties = AgencyProperties.from(environment()
        .withProperty("child-protection.agencies.district-office.base-url", server.baseUrl())
        .withProperty("AGENCY_DISTRICT_OFFICE_TOKEN", TOKEN));

    new AgencyHttpClient("district office", "district-office", "/letters", properties, server.restClient())
        .post("k-2", Map.of("caseId", "AC-TPE-2026-000001"), "Letter[k-2]");

    assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(properties.credentialsOf("court").hasBearerToken()).as("one agency's token is not another's")
        .isFalse();
  }

  @Test
  void withoutATokenNoAuthorizationHeaderIsSent() {
    court(AgencyProperties.from(environment())).post("k-3", Map.of(), FILING);

    assertThat(server.onlyRequest().authorization()).isNull();
  }

  @Test
  void noFailureQuotesTheTokenNeitherInItsMessageNorInTheLog(CapturedOutput log) {
    AgencyHttpClient court = court(AgencyProperties.from(environment()
        .withProperty("child-protection.agencies.court.bearer-token", TOKEN)));
    for (Map.Entry<Integer, String> answer : Map.of(503, "{}", 401, "{\"error\":\"token " + TOKEN + " expired\"}",
        200, "{\"reference\": 12}", 201, "not json " + TOKEN).entrySet()) {
      server.answer(answer.getKey(), answer.getValue());
      assertThatThrownBy(() -> court.post("k-4", Map.of(), FILING)).as("HTTP %s", answer.getKey())
          .satisfies(e -> assertThat(e.toString()).doesNotContain(TOKEN))
          .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain(TOKEN));
    }
    assertThat(log.getAll()).doesNotContain(TOKEN);
  }

  @Test
  void credentialsAndPropertiesNameNoSecretWhenPrinted() {
    AgencyCredentials credentials = new AgencyCredentials(TOKEN, "/etc/cpf/court.p12", "p12-password");

    assertThat(credentials.toString()).doesNotContain(TOKEN).doesNotContain("p12-password")
        .contains("bearerToken=set");
    assertThat(AgencyProperties.from(environment().withProperty("child-protection.agencies.court.bearer-token",
        TOKEN)).toString()).doesNotContain(TOKEN);
  }

  @Test
  void aClientCertificateIsReadFromItsKeyStoreAndAWrongPasswordIsNeverQuoted(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("court.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "cpf", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", "store-secret-1", "-dname", "CN=child-protection-flow",
        "-validity", "2").redirectErrorStream(true).start();
    assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
    assertThat(Files.exists(store)).isTrue();

    AgencyProperties good = AgencyProperties.from(environment()
        .withProperty("child-protection.agencies.court.client-certificate.key-store", store.toString())
        .withProperty("child-protection.agencies.court.client-certificate.key-store-password", "store-secret-1"));
    assertThat(good.credentialsOf("court").hasClientCertificate()).isTrue();
    assertThat(good.credentialsOf("court").sslContext("district court").getProtocol()).isEqualTo("TLS");
    court(good).post("k-5", Map.of(), FILING);
    assertThat(server.onlyRequest().authorization()).isNull();

    AgencyProperties wrong = AgencyProperties.from(environment()
        .withProperty("AGENCY_COURT_KEY_STORE", store.toString())
        .withProperty("AGENCY_COURT_KEY_STORE_PASSWORD", "wrong-secret-2"));
    assertThatThrownBy(() -> court(wrong)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client certificate").satisfies(e -> assertThat(e.getMessage())
            .doesNotContain("wrong-secret-2").doesNotContain("store-secret-1"));
  }

  private AgencyHttpClient court(AgencyProperties properties) {
    return new AgencyHttpClient("district court", "court", "/filings", properties, server.restClient());
  }

  private MockEnvironment environment() {
    return new MockEnvironment().withProperty("child-protection.agencies.mode", "http")
        .withProperty("child-protection.agencies.court.base-url", server.baseUrl());
  }
}
