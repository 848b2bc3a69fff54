package tw.childprotection.flow.protection.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.childprotection.flow.cases.ChildSex;
import tw.childprotection.flow.people.County;

/** A report that passed every check of {@link ReportCheck}, in typed form. */
record ValidReport(
    ReporterType reporterType,
    Optional<ReporterProfession> profession,
    String reporterName,
    String reporterAgency,
    Instant knownAt,
    boolean urgent,
    boolean verbalFirst,
    List<Integer> article53Items,
    String reason,
    String childNationalId,
    String childName,
    Optional<LocalDate> childBirthDate,
    ChildSex childSex,
    County locationCounty,
    String locationAddress,
    Optional<County> residenceCounty,
    County receivingCounty,
    boolean movingOrWhereaboutsUnknown) {

  /** Act Art. 53(1) items 1 (drugs) and 2 (Art. 47 venues): investigated with the police (辦法 第5條). */
  boolean needsJointInvestigation() {
    return article53Items.contains(1) || article53Items.contains(2);
  }

  boolean reportedByPolice() {
    return profession.filter(p -> p == ReporterProfession.POLICE).isPresent();
  }
}
