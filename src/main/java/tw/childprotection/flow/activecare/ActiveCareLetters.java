package tw.childprotection.flow.activecare;

import static tw.childprotection.flow.cases.AgencyNoticeTable.notice;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.childprotection.flow.agencies.activecare.ActiveCarePlatform;
import tw.childprotection.flow.agencies.activecare.ActiveCareRecordType;
import tw.childprotection.flow.agencies.district.DistrictOffice;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.police.PoliceNoticeType;
import tw.childprotection.flow.cases.AgencyNoticeTable;
import tw.childprotection.flow.cases.AgencyNoticeTable.Row;
import tw.childprotection.flow.cases.CaseVariables;

/**
 * Every letter and platform record the active-care process sends an agency, one row per service task:
 * the bean the diagram calls, the agency, the kind and the case variables it carries. Above each row
 * the step of the flowchart (戶政、衛政、警政及社政單位執行6歲以下弱勢兒童主動關懷個案通報及查訪作業流程) it
 * serves. The district office and the platform receive the child as {@link ChildQueries} asks about it.
 */
@Configuration(proxyBeanMethods = false)
class ActiveCareLetters {

  /** The child, as the police receive it: where it is registered rather than its sex. */
  private static final String[] CHILD = {CaseVariables.CHILD_NAME, CaseVariables.CHILD_NATIONAL_ID,
      CaseVariables.CHILD_BIRTH_DATE, ActiveCareCase.VAR_REGISTERED_ADDRESS};

  @Bean
  static AgencyNoticeTable activeCareLetterRows() {
    return new AgencyNoticeTable(List.of(
        // A: the household office writes to the police of the registered domicile, who visit within 7 days
        notice("sendLetterToPoliceDelegate", Police.class, PoliceNoticeType.ACTIVE_CARE_VISIT_REQUEST, CHILD),
        // A: the district office of the registered domicile; its village chief or officer follows up.
        // Recorded, so social affairs need not write again (註4-1)
        new Row<>("sendLetterToDistrictOfficeDelegate", DistrictOffice.class, (office, execution) -> {
          execution.setVariable(ActiveCareCase.VAR_DISTRICT_LETTER_SENT, true);
          return office.requestFollowUp(ChildQueries.of(execution));
        }),
        // B: at the ex-officio move of the household registration the police are told at the same time
        notice("notifyPoliceOfRelocationDelegate", Police.class, PoliceNoticeType.RELOCATION_NOTICE, CHILD),
        // social affairs is told: the case is listed on the SFAA active-care case management platform
        onPlatform("reportToActiveCarePlatformDelegate", ActiveCareRecordType.CASE_OPENED),
        // missing (行方不明): the platform passes the child to the NPA women-and-children case system's search
        onPlatform("reportMissingChildDelegate", ActiveCareRecordType.MISSING_CHILD),
        // still missing and a crime suspected: the police are asked by letter to investigate (Act Art. 54)
        notice("requestCriminalInvestigationDelegate", Police.class, PoliceNoticeType.CRIME_INVESTIGATION_REQUEST,
            CHILD),
        // the case closes on the platform after the closure review (註5)
        onPlatform("reportClosureToPlatformDelegate", ActiveCareRecordType.CASE_CLOSED)));
  }

  private static Row<ActiveCarePlatform> onPlatform(String bean, ActiveCareRecordType type) {
    return new Row<>(bean, ActiveCarePlatform.class,
        (platform, execution) -> platform.report(ChildQueries.of(execution), type));
  }
}
