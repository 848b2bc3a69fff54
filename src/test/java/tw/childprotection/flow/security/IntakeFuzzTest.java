package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.childprotection.flow.security.AttackBodies.BATCH;
import static tw.childprotection.flow.security.AttackBodies.REFERRALS;
import static tw.childprotection.flow.security.AttackBodies.REPORTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12: a bounded fuzz of the three intake endpoints, as a broken or hostile client would send
 * them — thousands of bodies made from valid ones by dropping, retyping, overfilling, corrupting,
 * truncating and duplicating their parts, under assorted content types. Whatever arrives: no 5xx; every
 * 4xx in the contract's error shape; a refused request writes no row; no national ID in the log.
 * Seeded, so a failure can be replayed ({@code -Dfuzz.seed=…}).
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeFuzzTest extends ApiTest {

  static final int BODIES_PER_ENDPOINT = Integer.getInteger("fuzz.bodies", 500);
  static final long SEED = Long.getLong("fuzz.seed", 20261201L);
  /** Anything shaped like a national ID or resident certificate number. */
  static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![A-Za-z0-9])[A-Z][12890A-D][0-9]{8}(?![0-9])");
  static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json",
      "application/json; charset=UTF-8", "text/plain", "*/*", "application/*", "garbage", "application/xml",
      "application/x-ndjson", "text/csv", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"};
  static final String[] WEIRD_TEXT = {"", " ", "\u0000", "a\u0000b", "\ud800", "\udc00x", "😀", "\u202e", "\t",
      "王".repeat(5000), "x".repeat(70), "null", "true", "0", "-1", "1e309", "A123456789", "<script>", "' OR 1=1 --",
      "\r\n", "\uFEFF", "\uFFFF", "2026-02-30", "9999-12-31", "TPE", "KHH", "XXX"};

  final Random random = new Random(SEED);
  final List<String> identities = new ArrayList<>();

  @Test
  void noBodyOfTheThreeIntakesEndsIn5xxLeavesARowWhenRefusedOrLogsAnIdentityNumber(CapturedOutput log)
      throws Exception {
    int requests = 0;
    for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
      send(REPORTS, "police.tpe", mutate(AttackBodies.report(id())));
      send(REFERRALS, "social.tpe", mutate(AttackBodies.referral(id())));
      send(BATCH, "nhia", transmission());
      requests += 3;
    }
    assertThat(requests).isGreaterThanOrEqualTo(3 * BODIES_PER_ENDPOINT);
    Matcher leaked = IDENTITY_NUMBER.matcher(log.getAll());
    assertThat(leaked.find()).as("an identity number in the log: " + (leaked.hitEnd() ? "" : leaked.group()))
        .isFalse();
    for (String identity : identities) {
      assertThat(log.getAll()).doesNotContain(identity);
    }
  }

  private record Body(String contentType, String text) {
  }

  private void send(String path, String user, Body body) throws Exception {
    long before = rows();
    long referralsBefore = count("cpf_active_care_referral") + count("cpf_transmission");
    HttpResponse<String> response = http.post(path, user, body.contentType(), body.text());
    int status = response.statusCode();
    String what = path + " " + body.contentType() + " (seed " + SEED + "): " + abbreviate(body.text()) + " -> "
        + status + " " + abbreviate(response.body());
    assertThat(status).as(what).isLessThan(500);
    if (status >= 400) {
      JsonNode errors = json.readTree(response.body()).get("errors");
      assertThat(errors).as(what).isNotNull();
      assertThat(errors.isArray() && !errors.isEmpty()).as(what).isTrue();
      for (JsonNode error : errors) {
        assertThat(error.has("field")).as(what).isTrue();
        assertThat(error.path("code").asText()).as(what).isNotBlank();
        assertThat(error.path("message").asText()).as(what).isNotBlank();
        assertThat(error.path("messageZh").asText()).as(what).isNotBlank();
      }
      assertThat(rows()).as("a refused request writes nothing: " + what).isEqualTo(before);
    } else if (path.equals(BATCH)) {
      JsonNode answer = json.readTree(response.body());
      long kept = answer.path("accepted").asLong() + answer.path("duplicates").asLong();
      // each kept line is one referral row, the transmission one more; no row for a rejected line
      assertThat(count("cpf_active_care_referral") + count("cpf_transmission")).as(what)
          .isEqualTo(referralsBefore + kept + 1);
    }
  }

  /** Referral, report and transmission rows, and the cases begun. */
  private long rows() {
    return count("cpf_protection_report") + count("cpf_active_care_referral") + count("cpf_transmission")
        + engine.getHistoryService().createHistoricProcessInstanceQuery().count();
  }

  private String id() {
    String id = AttackBodies.newNationalId();
    identities.add(id);
    return id;
  }

  private Body mutate(ObjectNode valid) {
    int kind = random.nextInt(10);
    String contentType = random.nextInt(5) == 0 ? pick(CONTENT_TYPES) : "application/json";
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      mutateNode(valid);
    }
    String text = valid.toString();
    if (kind == 0) {
      text = text.substring(0, random.nextInt(text.length() + 1));
    } else if (kind == 1) {
      int at = random.nextInt(text.length());
      text = text.substring(0, at) + pick(new String[] {"{", "}", "\"", ",", ":", "\\", "\\u00", "[", "\u0000"})
          + text.substring(at);
    } else if (kind == 2) {
      text = text.replaceFirst("\"(\\w+)\":", "\"$1\":null,\"$1\":");
    } else if (kind == 3) {
      text = pick(new String[] {"", "null", "[]", "[" + text + "]", text + text, "\"text\"", "42", "{}"});
    }
    return new Body(contentType, text);
  }

  /** One change somewhere in the tree: a field dropped, retyped, overfilled or filled with odd text. */
  private void mutateNode(ObjectNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    if (names.isEmpty()) {
      node.put(pick(WEIRD_TEXT), pick(WEIRD_TEXT));
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    JsonNode child = node.get(name);
    if (child instanceof ObjectNode object && random.nextBoolean()) {
      mutateNode(object);
      return;
    }
    if (child instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode first
        && random.nextBoolean()) {
      mutateNode(first);
      return;
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (random.nextInt(9)) {
      case 0 -> node.remove(name);
      case 1 -> node.putNull(name);
      case 2 -> node.put(name, random.nextInt(2000) - 1000);
      case 3 -> node.put(name, random.nextBoolean());
      case 4 -> node.set(name, f.arrayNode().add(pick(WEIRD_TEXT)).add(random.nextInt()));
      case 5 -> node.set(name, f.objectNode().put(pick(WEIRD_TEXT), pick(WEIRD_TEXT)));
      case 6 -> node.put(name, random.nextDouble() * 1e6);
      case 7 -> node.put(name + pick(new String[] {"", "X", " "}), pick(WEIRD_TEXT));
      default -> node.put(name, pick(WEIRD_TEXT));
    }
  }

  private Body transmission() {
    int lines = 1 + random.nextInt(4);
    StringBuilder body = new StringBuilder();
    if (random.nextInt(4) == 0) {
      List<String> header = new ArrayList<>(List.of("source", "childNationalId", "childName", "childBirthDate",
          "registeredCounty", "registeredAddress"));
      if (random.nextInt(4) == 0) {
        header.add(pick(header.toArray(String[]::new)));
      }
      if (random.nextInt(4) == 0) {
        header.remove(random.nextInt(header.size()));
      }
      body.append(String.join(",", header)).append('\n');
      for (int i = 0; i < lines; i++) {
        List<String> values = new ArrayList<>(List.of("NHI_UNINSURED", id(), "王小明", "2025-01-01", "TPE", "臺北市"));
        values.set(random.nextInt(values.size()), csvField(pick(WEIRD_TEXT)));
        body.append(String.join(",", values)).append('\n');
      }
      return new Body(random.nextInt(6) == 0 ? pick(CONTENT_TYPES) : "text/csv", body.toString());
    }
    for (int i = 0; i < lines; i++) {
      Body line = random.nextInt(3) == 0 ? new Body("", AttackBodies.referral(id()).toString())
          : mutate(AttackBodies.referral(id()));
      body.append(line.text().replace('\n', ' ')).append('\n');
    }
    return new Body(random.nextInt(6) == 0 ? pick(CONTENT_TYPES) : "application/x-ndjson", body.toString());
  }

  private static String csvField(String value) {
    return "\"" + value.replace("\"", "\"\"").replace("\n", " ").replace("\r", " ") + "\"";
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
