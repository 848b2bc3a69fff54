package tw.childprotection.flow.activecare.intake;

import java.time.LocalDate;
import tw.childprotection.flow.people.County;
import tw.childprotection.flow.protection.intake.ChildSex;

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
    String detailsJson) {

  /** Only what identifies the referral without the child: for logs and messages. */
  @Override
  public String toString() {
    return "ValidReferral[source=" + source + ", county=" + county + "]";
  }
}
