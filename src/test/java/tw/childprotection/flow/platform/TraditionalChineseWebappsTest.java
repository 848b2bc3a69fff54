package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.support.Http;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Tasklist, Cockpit, Admin and Welcome are served in Traditional Chinese by default (zh.json,
 * config.js), with English kept available, and our translation covers every English label with the
 * same placeholders.
 */
@PlatformTest
class TraditionalChineseWebappsTest {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0} defaults to zh and keeps en")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesChineseTheDefault(String app) {
    HttpResponse<String> config = new Http(port).get("/camunda/app/" + app + "/scripts/config.js", null);
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'");
  }

  @ParameterizedTest(name = "{0}: every English label has a Chinese one")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void translationIsCompleteAndKeepsPlaceholders(String app) throws Exception {
    HttpResponse<String> served = new Http(port).get("/camunda/app/" + app + "/locales/zh.json", null);
    assertThat(served.statusCode()).isEqualTo(200);
    JsonNode zh = json.readTree(served.body()).get("labels");
    JsonNode en = english(app).get("labels");

    Iterator<String> keys = en.fieldNames();
    int chinese = 0;
    while (keys.hasNext()) {
      String key = keys.next();
      assertThat(zh.has(key)).as("%s label %s", app, key).isTrue();
      String english = en.get(key).asText();
      String translated = zh.get(key).asText();
      Matcher m = PLACEHOLDER.matcher(english);
      while (m.find()) {
        assertThat(translated).as("%s label %s keeps %s", app, key, m.group()).contains(m.group());
      }
      if (HAN.matcher(translated).find()) {
        chinese++;
      }
    }
    assertThat(chinese).as("%s labels in Chinese", app).isGreaterThan(en.size() * 8 / 10);
  }

  private JsonNode english(String app) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
      assertThat(in).isNotNull();
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
