package tw.childprotection.flow.agencies.household;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What household registration (戶政) says of the child. The three facts the process branches on are
 * required in an answer: a missing one is unreadable, never a "no".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdRecord(@JsonProperty(required = true) boolean registered,
    @JsonProperty(required = true) boolean departed, @JsonProperty(required = true) boolean deceased,
    String registeredCounty, int secondDegreeRelatives) {

  public HouseholdRecord {
    if (secondDegreeRelatives < 0) {
      throw new IllegalArgumentException("secondDegreeRelatives must not be negative");
    }
  }
}
