package tw.childprotection.flow.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tw.childprotection.flow.agencies.activecare.ActiveCarePlatform;
import tw.childprotection.flow.agencies.cdc.CdcImmunization;
import tw.childprotection.flow.agencies.childcare.ChildcareRegistry;
import tw.childprotection.flow.agencies.court.DistrictCourt;
import tw.childprotection.flow.agencies.disability.DisabilityCaseManagement;
import tw.childprotection.flow.agencies.disability.DisabilityWelfarePlatform;
import tw.childprotection.flow.agencies.district.DistrictOffice;
import tw.childprotection.flow.agencies.drugaddiction.DrugAddictionWindow;
import tw.childprotection.flow.agencies.education.EducationAuthority;
import tw.childprotection.flow.agencies.fragilefamily.FragileFamilyPlatform;
import tw.childprotection.flow.agencies.household.HouseholdRegistration;
import tw.childprotection.flow.agencies.immigration.Immigration;
import tw.childprotection.flow.agencies.kindergarten.KindergartenSystem;
import tw.childprotection.flow.agencies.nhia.Nhia;
import tw.childprotection.flow.agencies.police.Police;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionInformationSystem;
import tw.childprotection.flow.agencies.psychiatric.PsychiatricCareSystem;

/** Each mode gives every agency interface exactly one adapter of its kind, and nothing else. */
class AgencyWiringTest {

  private static final List<Class<?>> AGENCIES = List.of(DistrictCourt.class, Police.class,
      EducationAuthority.class, ProtectionInformationSystem.class, HouseholdRegistration.class, Immigration.class,
      Nhia.class, CdcImmunization.class, DistrictOffice.class, ActiveCarePlatform.class, FragileFamilyPlatform.class,
      DrugAddictionWindow.class, PsychiatricCareSystem.class, DisabilityCaseManagement.class,
      DisabilityWelfarePlatform.class, KindergartenSystem.class, ChildcareRegistry.class);

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Agencies.class);

  @Test
  void simulatorModeByDefaultGivesOneSimulatorPerAgency() {
    runner.run(context -> {
      for (Class<?> agency : AGENCIES) {
        assertThat(context).as(agency.getSimpleName()).getBean(agency).isInstanceOf(SimulatedAgency.class);
      }
    });
  }

  @Test
  void httpModeGivesOneHttpAdapterPerAgency() {
    List<String> urls = AgencyProperties.AGENCIES.stream()
        .map(agency -> AgencyProperties.baseUrlProperty(agency) + "=https://" + agency + ".example.gov.tw/api")
        .toList();
    runner.withPropertyValues("child-protection.agencies.mode=http")
        .withPropertyValues(urls.toArray(String[]::new))
        .run(context -> {
          for (Class<?> agency : AGENCIES) {
            assertThat(context).as(agency.getSimpleName()).getBean(agency)
                .matches(bean -> bean.getClass().getSimpleName().startsWith("Http"));
          }
        });
  }

  @Configuration
  @ComponentScan
  @EnableConfigurationProperties(AgencyProperties.class)
  static class Agencies {

    @Bean
    RestClient.Builder restClientBuilder() {
      return RestClient.builder();
    }
  }
}
