package tw.childprotection.flow.agencies.nhia;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What NHIA (健保署) knows of the child: insured or not, whether it has a contact address, and the
 * places of medical care social affairs matches (註3): visits linked to the mother's card in the first
 * 60 days after birth and the clinics of the last half year. Counts only, no addresses or names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InsuranceRecord(@JsonProperty(required = true) boolean insured,
    @JsonProperty(required = true) boolean hasInsuranceAddress, int motherLinkedVisitsFirst60Days,
    int clinicsLastHalfYear) {

  public InsuranceRecord {
    if (motherLinkedVisitsFirst60Days < 0 || clinicsLastHalfYear < 0) {
      throw new IllegalArgumentException("visit and clinic counts must not be negative");
    }
  }

  /** For the simulator: insured with an address, 1–3 early visits and 1–4 clinics, the same for the same child. */
  public static InsuranceRecord plausibleFor(String childNationalId) {
    int hash = Math.abs(childNationalId.hashCode() % 12);
    return new InsuranceRecord(true, true, 1 + hash % 3, 1 + hash % 4);
  }
}
