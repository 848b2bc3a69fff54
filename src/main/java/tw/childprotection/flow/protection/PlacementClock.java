package tw.childprotection.flow.protection;

import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PLACED_AT;
import static tw.childprotection.flow.protection.ChildProtectionCase.VAR_PLACEMENT_EXCLUDED_HOURS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The 72 hours of an emergency placement (本法第57條) as Act Art. 58 counts them: from the moment of
 * placement, leaving out escort in transit, traffic obstruction and other force majeure. Each such
 * interval is recorded as it occurs ({@link PlacementPauses}) with its reason, and moves the due time.
 * Used in the diagram as {@code ${placementClock.dueAt(execution)}}.
 */
@Component("placementClock")
public class PlacementClock {

  public static final String VAR_PAUSES = "placementPauses";
  static final long HOURS = 72;

  /** One Art. 58 interval: from, to, why (ESCORT, TRAFFIC, FORCE_MAJEURE), the worker's words, by whom. */
  public record Pause(Instant from, Instant to, String reason, String note, String recordedBy, Instant recordedAt) {
    Duration length() {
      return Duration.between(from, to);
    }
  }

  private final ObjectMapper json;

  public PlacementClock(ObjectMapper json) {
    this.json = json;
  }

  public Date dueAt(VariableScope scope) {
    return dueAt(scope::getVariable);
  }

  Date dueAt(Function<String, Object> variables) {
    Instant placedAt = CaseDates.moment(variables.apply(VAR_PLACED_AT)).orElseThrow(() ->
        new ProcessEngineException("An emergency placement needs its placement time (placedAt)"));
    Object upFront = variables.apply(VAR_PLACEMENT_EXCLUDED_HOURS);
    Duration excluded = Duration.ofHours(upFront instanceof Number n ? n.longValue() : 0);
    for (Pause pause : pauses(variables)) {
      excluded = excluded.plus(pause.length());
    }
    return Date.from(placedAt.plus(Duration.ofHours(HOURS)).plus(excluded));
  }

  List<Pause> pauses(Function<String, Object> variables) {
    Object value = variables.apply(VAR_PAUSES);
    if (!(value instanceof String text) || text.isBlank()) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(json.readValue(text, new TypeReference<List<Pause>>() { }));
    } catch (JsonProcessingException e) {
      throw new ProcessEngineException("The recorded Art. 58 intervals cannot be read", e);
    }
  }

  String write(List<Pause> pauses) {
    try {
      return json.writeValueAsString(pauses);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Art. 58 intervals cannot be written", e);
    }
  }
}
