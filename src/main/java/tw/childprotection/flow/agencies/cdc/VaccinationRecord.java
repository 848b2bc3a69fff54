package tw.childprotection.flow.agencies.cdc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The CDC's (疾病管制署) immunization record of the child: up to date with the schedule or how many doses
 * are overdue. {@code upToDate} is required in an answer: a missing one is unreadable, never a "yes".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VaccinationRecord(@JsonProperty(required = true) boolean upToDate, int overdueDoses) {

  public VaccinationRecord {
    if (overdueDoses < 0) {
      throw new IllegalArgumentException("overdueDoses must not be negative");
    }
  }
}
