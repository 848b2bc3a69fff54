package tw.childprotection.flow.agencies.immigration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * The Immigration Agency's (移民署) entry and exit records of the child: abroad when the last record is
 * an exit. {@code abroad} is required in an answer: a missing one is unreadable, never a "no".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryExitRecord(@JsonProperty(required = true) boolean abroad, LocalDate lastExit,
    LocalDate lastEntry) {
}
