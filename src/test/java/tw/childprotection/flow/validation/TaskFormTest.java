package tw.childprotection.flow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.childprotection.flow.support.ModelFiles;
import tw.childprotection.flow.support.TasklistBodies;

/**
 * Issue 12, hole 5: a submission is checked against the task's own form on the server, with the rules the
 * browser applies, and what Tasklist really sends (every field, hidden ones empty) passes.
 */
class TaskFormTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path DISPATCH = Path.of("forms/protection/dispatch.form");

  @Test
  void everyFormFilledAsTasklistSendsItPasses() {
    for (Path file : ModelFiles.forms()) {
      JsonNode form = TasklistBodies.form(file);
      List<ApiError> errors = TaskForm.parse(form.toString()).check(map(TasklistBodies.filled(form)), Map.of());
      assertThat(errors).as(file.toString()).isEmpty();
    }
  }

  @Test
  void everyFormLeftEmptyIsRefusedOnlyForItsRequiredShownFields() {
    for (Path file : ModelFiles.forms()) {
      JsonNode form = TasklistBodies.form(file);
      List<ApiError> errors = TaskForm.parse(form.toString()).check(map(TasklistBodies.empty(form)), Map.of());
      assertThat(errors).as(file.toString()).allSatisfy(e -> assertThat(e.code()).isEqualTo("REQUIRED"));
    }
  }

  @Test
  void aDispatchAsTasklistSendsItWithTheHiddenPlacementFieldsEmptyPasses() throws Exception {
    ObjectNode body = TasklistBodies.with(TasklistBodies.empty(TasklistBodies.form(DISPATCH)), Map.of(
        "assignedUnits", List.of("SOCIAL", "POLICE"), "visitMode", "FACE_TO_FACE", "preHandlingProtectedBy", "NONE",
        "policeDiscovered", "false"));
    assertThat(dispatch().check(map(body), Map.of())).isEmpty();
  }

  @Test
  void aFieldShownByItsConditionIsRequired() {
    ObjectNode body = TasklistBodies.with(TasklistBodies.empty(TasklistBodies.form(DISPATCH)), Map.of(
        "assignedUnits", List.of("SOCIAL"), "visitMode", "FACE_TO_FACE", "preHandlingProtectedBy", "NONE",
        "policeDiscovered", "false", "hospitalTreatmentNeeded", true));
    assertThat(dispatch().check(map(body), Map.of())).extracting(ApiError::field, ApiError::code)
        .containsExactly(tuple("sentToHospitalAt", "REQUIRED"));
  }

  @Test
  void whatTheFormDoesNotAllowIsRefusedFieldByField() throws Exception {
    Map<String, JsonNode> body = new LinkedHashMap<>();
    body.put("county", variable("\"KHH\""));
    body.put("visitMode", variable("\"BY_PIGEON\""));
    body.put("assignedUnits", JSON.readTree("{\"type\":\"Json\",\"value\":\"[\\\"SOCIAL\\\",\\\"ARMY\\\"]\"}"));
    body.put("dispatchNote", variable(JSON.writeValueAsString("說".repeat(1001))));
    body.put("hospitalTreatmentNeeded", variable("\"yes\""));
    body.put("placementExcludedHours", variable("73"));
    body.put("policeDiscovered", JSON.readTree("{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":"
        + "{\"objectTypeName\":\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}"));
    body.put("sentToHospitalAt", variable("\"next Tuesday\""));
    List<ApiError> errors = dispatch().check(body, Map.of());
    assertThat(errors).extracting(ApiError::field, ApiError::code).contains(
        tuple("county", "NOT_ON_FORM"),
        tuple("visitMode", "NOT_ALLOWED"),
        tuple("assignedUnits", "NOT_ALLOWED"),
        tuple("dispatchNote", "TOO_LONG"),
        tuple("hospitalTreatmentNeeded", "WRONG_TYPE"),
        tuple("placementExcludedHours", "OUT_OF_RANGE"),
        tuple("policeDiscovered", "WRONG_TYPE"),
        tuple("sentToHospitalAt", "INVALID_DATETIME"),
        tuple("preHandlingProtectedBy", "REQUIRED"));
    assertThat(errors).allSatisfy(e -> assertThat(e.messageZh()).isNotBlank());
  }

  @Test
  void aPatternAndAReadOnlyFieldAreKept() throws Exception {
    TaskForm request = TaskForm.parse(Files.readString(Path.of("forms/protection/measure-request.form")));
    String caseField = request.fields().values().stream().filter(f -> f.validate().has("pattern")).findFirst()
        .orElseThrow().key();
    assertThat(request.check(Map.of(caseField, variable("\"CP-TPE-26-1\"")), Map.of()))
        .extracting(ApiError::code).contains("INVALID_FORMAT");
    TaskForm additional = TaskForm.parse(Files.readString(Path.of("forms/protection/additional-work.form")));
    Map<String, Object> current = Map.of("closureRefusalReason", "請補家訪紀錄");
    assertThat(additional.check(Map.of("closureRefusalReason", variable("\"請補家訪紀錄\"")), current))
        .extracting(ApiError::field).doesNotContain("closureRefusalReason");
    assertThat(additional.check(Map.of("closureRefusalReason", variable("\"督導同意\"")), current))
        .extracting(ApiError::field, ApiError::code)
        .contains(tuple("closureRefusalReason", "NOT_WRITABLE"));
  }

  @Test
  void aTaskWithoutAFormTakesNoVariables() throws Exception {
    assertThat(TaskForm.none().check(Map.of(), Map.of())).isEmpty();
    assertThat(TaskForm.none().check(Map.of("note", variable("\"x\"")), Map.of())).extracting(ApiError::code)
        .containsExactly("NOT_ON_FORM");
  }

  @Test
  void conditionsAreReadAsFeel() {
    Map<String, Object> data = new HashMap<>();
    data.put("protectionDecision", "OPEN");
    data.put("emergencyPlacementNeeded", true);
    assertThat(FormCondition.isTrue("=protectionDecision != \"OPEN\" or emergencyPlacementNeeded != true", data))
        .contains(false);
    assertThat(FormCondition.isTrue("=not(vaccinated = true and suspectedProtectionIssue = true)", data))
        .contains(true);
    assertThat(FormCondition.isTrue("=parentNotice = null or parentNotice = \"NOTIFIED\"", data)).contains(true);
    assertThat(FormCondition.isTrue("=count(items) > 2", data)).isEmpty();
  }

  private static TaskForm dispatch() {
    try {
      return TaskForm.parse(Files.readString(DISPATCH));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode variable(String valueJson) throws Exception {
    return JSON.readTree("{\"value\":" + valueJson + "}");
  }

  private static Map<String, JsonNode> map(ObjectNode variables) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    variables.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }
}
