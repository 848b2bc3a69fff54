package tw.childprotection.flow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tw.childprotection.flow.support.ApiTest;
import tw.childprotection.flow.support.PlatformTest;

/**
 * The served OpenAPI description (CONTRACT §3: "/v3/api-docs — kept equal to the controllers") says
 * exactly what the controllers do: the same paths and methods, the same fields as the records they
 * read and write, every field and error code described in Chinese and English. What is described is the
 * controllers' code, the same on any database; that the examples are accepted (they write cases) is
 * {@link ApiExamplesChecks}, run on H2 and PostgreSQL.
 */
@PlatformTest
class ApiDescriptionMatchesControllersTest extends ApiTest {

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]{3,}");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  private JsonNode api;

  @BeforeEach
  void readTheDescription() throws IOException {
    HttpResponse<String> response = http.get("/v3/api-docs", "social.tpe");
    assertThat(response.statusCode()).isEqualTo(200);
    api = json.readTree(response.body());
  }

  @Test
  void theDescriptionAndItsPageAreBehindLogin() {
    assertThat(http.get("/v3/api-docs", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/swagger-ui.html", null).statusCode()).isEqualTo(401);
    HttpResponse<String> page = http.get("/swagger-ui/index.html", "social.tpe");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui");
  }

  @Test
  void everyOperationOfTheControllersIsDescribedAndNothingElse() {
    Set<String> served = new TreeSet<>();
    api.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> served.add(method.toUpperCase() + " " + path.getKey())));

    assertThat(served).isEqualTo(new TreeSet<>(apiHandlers().stream().map(Handler::operation).toList()));
  }

  @Test
  void requestAndAnswerSchemasHaveTheFieldsOfTheRecords() {
    List<String> problems = new ArrayList<>();
    for (Handler handler : apiHandlers()) {
      JsonNode operation = api.path("paths").path(handler.path()).path(handler.httpMethod().toLowerCase());
      Class<?> body = requestBodyType(handler.method());
      if (body != null && body.isRecord()) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        compare(handler.operation() + " request", body, schema, problems);
      }
      Class<?> answer = answerType(handler.method());
      if (answer != null && answer.isRecord()) {
        compare(handler.operation() + " answer", answer, successSchema(operation), problems);
      }
    }
    assertThat(problems).as("fix the record or api/ApiDescriptions").isEmpty();
  }

  @Test
  void everyErrorCodeTheCodeWritesIsExplainedInBothLanguages() throws IOException {
    String description = api.path("info").path("description").asText();
    Set<String> codes = errorCodesInTheSource();
    assertThat(codes).contains("INVALID_CHECKSUM", "REQUIRED", "NOT_FOUND");
    for (String code : codes) {
      assertThat(description).as("error code %s in the API's description (api/ApiErrorCodes)", code)
          .containsPattern("\\| `" + code + "` \\| \\d{3} \\| [^|]*\\p{IsHan}[^|]* \\| [^|]*[a-z]{3}[^|]* \\|");
    }
    assertThat(api.path("components").path("schemas").path("ApiErrors").isMissingNode()).isFalse();
  }

  record Handler(String httpMethod, String path, Method method) {
    String operation() {
      return httpMethod + " " + path;
    }
  }

  private List<Handler> apiHandlers() {
    List<Handler> handlers = new ArrayList<>();
    mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
      for (String path : info.getPatternValues()) {
        if (path.startsWith("/api/v1/")) {
          info.getMethodsCondition().getMethods()
              .forEach(m -> handlers.add(new Handler(m.name(), path, method.getMethod())));
        }
      }
    });
    assertThat(handlers).isNotEmpty();
    return handlers;
  }

  private static Class<?> requestBodyType(Method method) {
    for (int i = 0; i < method.getParameterCount(); i++) {
      if (new MethodParameter(method, i).hasParameterAnnotation(RequestBody.class)) {
        return method.getParameterTypes()[i];
      }
    }
    return null;
  }

  private static Class<?> answerType(Method method) {
    Type type = method.getGenericReturnType();
    if (type instanceof ParameterizedType p && p.getRawType() == ResponseEntity.class) {
      type = p.getActualTypeArguments()[0];
    }
    return type instanceof Class<?> c ? c : null;
  }

  private static JsonNode successSchema(JsonNode operation) {
    var codes = operation.path("responses").fields();
    while (codes.hasNext()) {
      var code = codes.next();
      if (code.getKey().startsWith("2")) {
        return code.getValue().path("content").elements().next().path("schema");
      }
    }
    return operation.path("responses");
  }

  /** The schema's properties are the record's components, each described, nested records alike. */
  private void compare(String where, Class<?> record, JsonNode schema, List<String> problems) {
    JsonNode resolved = resolve(schema);
    Set<String> components = new TreeSet<>();
    for (RecordComponent component : record.getRecordComponents()) {
      components.add(component.getName());
    }
    Set<String> properties = new TreeSet<>();
    resolved.path("properties").fieldNames().forEachRemaining(properties::add);
    if (!components.equals(properties)) {
      problems.add(where + ": " + record.getSimpleName() + " has " + components + ", the description " + properties);
      return;
    }
    for (RecordComponent component : record.getRecordComponents()) {
      JsonNode property = resolved.path("properties").path(component.getName());
      String description = property.path("description").asText("");
      if (!CJK.matcher(description).find() || !LATIN.matcher(description).find()) {
        problems.add(where + ": " + record.getSimpleName() + "." + component.getName()
            + " is not described in Chinese and English");
      }
      Class<?> nested = nestedRecord(component);
      if (nested != null) {
        JsonNode nestedSchema = property.has("items") ? property.path("items") : property;
        compare(where + "." + component.getName(), nested, nestedSchema, problems);
      }
    }
  }

  private static Class<?> nestedRecord(RecordComponent component) {
    if (component.getType().isRecord()) {
      return component.getType();
    }
    if (Collection.class.isAssignableFrom(component.getType())
        && component.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
      return element;
    }
    return null;
  }

  private JsonNode resolve(JsonNode schema) {
    if (schema.has("$ref")) {
      String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
      return resolve(api.path("components").path("schemas").path(name));
    }
    if (schema.has("allOf") && schema.path("allOf").size() == 1) {
      return resolve(schema.path("allOf").get(0));
    }
    return schema;
  }

  /** The codes our Java code answers with: the second argument of InputCheck.add, ApiError, conflicts. */
  private static Set<String> errorCodesInTheSource() throws IOException {
    Pattern written = Pattern.compile(
        "(?:\\badd\\(|new ApiError\\()\\s*(?:\"[^\"]*\"|[\\w.()]+)\\s*,\\s*\"([A-Z][A-Z_]+)\""
            + "|conflict\\(\\s*\"([A-Z][A-Z_]+)\"");
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = written.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    codes.add("FORBIDDEN");
    codes.add("WRONG_TYPE");
    codes.add("MALFORMED_JSON");
    return codes;
  }
}
