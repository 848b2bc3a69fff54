package tw.childprotection.flow.activecare.transmissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The transmission calendar as an operator changes it: application.yaml, overridden by the environment. */
class TransmissionSchedulesTest {

  @Test
  void theShippedCalendarIsTheFlowchartsOne() throws IOException {
    TransmissionSchedules schedules = bind(Map.of());

    assertThat(schedules.schedules().get("moi-household").dueOn(LocalDate.of(2027, 1, 10))).isTrue();
    assertThat(schedules.schedules().get("moi-household").dueOn(LocalDate.of(2027, 1, 25))).isTrue();
    assertThat(schedules.schedules().get("moi-household").dueOn(LocalDate.of(2027, 1, 11))).isFalse();
    assertThat(schedules.schedules().get("cdc").dueOn(LocalDate.of(2027, 1, 11))).as("daily").isTrue();
    assertThat(schedules.schedules().get("moi-household").dueBy()).isEqualTo(LocalTime.NOON);
  }

  @Test
  void theEnvironmentChangesAnAgencysDaysAndHourWithoutARebuild() throws IOException {
    TransmissionSchedules schedules = bind(Map.of("TRANSMISSION_NHIA_DAYS", "5,20", "TRANSMISSION_NHIA_DUE_BY", "17:30",
        "TRANSMISSION_CDC_DAYS", "1"));

    TransmissionSchedules.Schedule nhia = schedules.schedules().get("nhia");
    assertThat(nhia.daysOfMonth()).containsExactly(5, 20);
    assertThat(nhia.dueBy()).isEqualTo(LocalTime.of(17, 30));
    assertThat(schedules.schedules().get("cdc").dueOn(LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(schedules.schedules().get("moi-household").daysOfMonth()).as("untouched").containsExactly(10, 25);
  }

  @Test
  void aScheduleWithoutItsHourOrWithADay32StopsTheStartNamingTheKey() throws IOException {
    assertThatThrownBy(() -> bind(Map.of("TRANSMISSION_CDC_DUE_BY", "")))
        .isInstanceOf(BindException.class).rootCause()
        .hasMessageContaining("child-protection.transmissions.schedules.cdc.due-by");
    assertThatThrownBy(() -> bind(Map.of("TRANSMISSION_MOI_DAYS", "10,32")))
        .isInstanceOf(BindException.class).rootCause()
        .hasMessageContaining("child-protection.transmissions.schedules.moi-household.days-of-month");
  }

  private static TransmissionSchedules bind(Map<String, Object> environment) throws IOException {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("environment", environment));
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
        .forEach(env.getPropertySources()::addLast);
    return Binder.get(env).bind("child-protection.transmissions", TransmissionSchedules.class).get();
  }
}
