package tw.childprotection.flow.activecare.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tw.childprotection.flow.activecare.ActiveCareCase;
import tw.childprotection.flow.cases.ChildSex;
import tw.childprotection.flow.people.County;

/** A referral that passed every check; its county is the registered domicile's, which handles the case. */
record ValidReferral(
    ReferralSource source,
    String childNationalId,
    String childName,
    LocalDate childBirthDate,
    ChildSex childSex,
    County county,
    String registeredAddress,
    String guardiansJson,
    String detailsJson,
    String platformMatchedBy,
    String districtLetterSentBy) {

  /**
   * 註4-1: the steps of the social-affairs stage another unit already did (named in the referral's details
   * as {@code platformMatchedBy} and {@code districtLetterSentBy}), which social affairs then skips.
   */
  Map<String, Object> alreadyDone() {
    Map<String, Object> done = new HashMap<>();
    if (platformMatchedBy != null) {
      done.put(ActiveCareCase.VAR_CARE_RECORDS_MATCHED, true);
      done.put(ActiveCareCase.VAR_CARE_RECORDS_SUMMARY, "註4-1：已由" + platformMatchedBy + "比對，社政單位免重複辦理");
    }
    if (districtLetterSentBy != null) {
      done.put(ActiveCareCase.VAR_DISTRICT_LETTER_SENT, true);
    }
    return done;
  }

  /** Only what identifies the referral without the child: for logs and messages. */
  @Override
  public String toString() {
    return "ValidReferral[source=" + source + ", county=" + county + "]";
  }
}
