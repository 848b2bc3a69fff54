package tw.childprotection.flow.protection;

import static tw.childprotection.flow.cases.AgencyNoticeTable.confidentialNotice;
import static tw.childprotection.flow.cases.AgencyNoticeTable.notice;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.childprotection.flow.agencies.court.CourtFilingType;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.education.EducationAuthority;
import tw.childprotection.flow.agencies.education.SchoolNoticeType;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionInformationSystem;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionRecordType;
import tw.childprotection.flow.cases.AgencyNoticeTable;
import tw.childprotection.flow.cases.CaseVariables;

/**
 * Every notice, filing and record the protection process sends an agency, one row per service task:
 * the bean the diagram calls, the agency, the kind of notice and the case variables it carries (those
 * set). Above each row the article of 兒童及少年保護通報及處理辦法 it serves. A confidential notice asks
 * the school to keep the child's identity and whereabouts from others.
 */
@Configuration(proxyBeanMethods = false)
class ProtectionNotices {

  /** The child, as every agency that needs to know who it is receives it. */
  private static final String[] CHILD = CaseVariables.CHILD.toArray(String[]::new);

  @Bean
  static AgencyNoticeTable protectionNoticeRows() {
    return new AgencyNoticeTable(List.of(
        // Arts. 2–3: the report is registered in the protection information system (保護資訊系統)
        notice("registerReportDelegate", ProtectionInformationSystem.class, ProtectionRecordType.REPORT_RECEIVED,
            CHILD, "knownAt", "reportReceivedAt", "urgent", "article53ItemsText", "reporterProfession"),
        // Art. 5 para 1: Act Art. 53(1) items 1–2 are investigated at once together with the local police
        notice("requestJointInvestigationDelegate", Police.class, PoliceNoticeType.JOINT_INVESTIGATION_REQUEST,
            CHILD, "article53ItemsText", "locationCounty"),
        // Art. 15: a child who committed or may commit an offence, or is a victim: the police are notified
        notice("notifyPoliceOfCrimeDelegate", Police.class, PoliceNoticeType.CRIME_NOTIFICATION,
            CHILD, "article53ItemsText", "locationCounty"),
        // Art. 4 para 3: the investigation report goes to the protection information system
        notice("registerInvestigationReportDelegate", ProtectionInformationSystem.class,
            ProtectionRecordType.INVESTIGATION_REPORT, "safetyLevel", "protectionDecision", "visitedAt"),
        // Art. 6: written notice of an emergency placement to the district court ...
        notice("notifyCourtOfPlacementDelegate", DistrictCourt.class, CourtFilingType.PLACEMENT_NOTICE,
            CHILD, "placedAt", "placementGround"),
        // ... and to the police ...
        notice("notifyPoliceOfPlacementDelegate", Police.class, PoliceNoticeType.PLACEMENT_NOTICE,
            CHILD, "placedAt"),
        // ... and, for a student, to the school and the education authority
        confidentialNotice("notifySchoolOfPlacementDelegate", EducationAuthority.class,
            SchoolNoticeType.PLACEMENT_NOTICE, CHILD, "placedAt"),
        // Art. 7: petition for continued placement before the 72 hours run out
        notice("petitionContinuedPlacementDelegate", DistrictCourt.class, CourtFilingType.CONTINUED_PLACEMENT_PETITION,
            CHILD, "placedAt", "placementGround", "placementAssessmentNote"),
        // Art. 7: the result of a student's placement, in writing to the school and the education authority
        confidentialNotice("notifySchoolOfPlacementResultDelegate", EducationAuthority.class,
            SchoolNoticeType.PLACEMENT_RESULT, CHILD, "placementEndReason", "returnedAt"),
        // Art. 6 para 3: the care and guidance report of a continued placement, to the court for the record
        notice("sendCareReportToCourtDelegate", DistrictCourt.class, CourtFilingType.CARE_REPORT,
            "careReportDate", "childCondition", "rulingCaseNumber"),
        // Art. 8: petition to extend the placement, at least 7 days before the term ends
        notice("fileExtensionPetitionDelegate", DistrictCourt.class, CourtFilingType.EXTENSION_PETITION,
            "termEndsAt", "extensionReason", "rulingCaseNumber"),
        // Art. 12: the education authority helps the protected child change school
        confidentialNotice("requestSchoolTransferDelegate", EducationAuthority.class,
            SchoolNoticeType.SCHOOL_TRANSFER_REQUEST, CHILD),
        // Art. 13: a civil protection order petitioned on the child's behalf
        notice("fileProtectionOrderPetitionDelegate", DistrictCourt.class, CourtFilingType.PROTECTION_ORDER_PETITION,
            CHILD, "protectionOrderType", "protectionOrderGrounds"),
        // closure: the closed case is recorded in the protection information system
        notice("registerCaseClosedDelegate", ProtectionInformationSystem.class, ProtectionRecordType.CASE_CLOSED,
            "protectionDecision", "familyOutcome", "longTermPlan")));
  }
}
