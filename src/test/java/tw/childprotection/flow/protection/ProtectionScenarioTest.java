package tw.childprotection.flow.protection;

import static tw.childprotection.flow.support.CaseScenario.at;

import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.agencies.court.SimulatedDistrictCourt;
import tw.childprotection.flow.agencies.education.SimulatedEducationAuthority;
import tw.childprotection.flow.agencies.police.SimulatedPolice;
import tw.childprotection.flow.agencies.protectioninfo.SimulatedProtectionInformationSystem;
import tw.childprotection.flow.cases.CaseNumbers;
import tw.childprotection.flow.deadlines.DeadlineRegistry;

/** What the protection scenario tests start from: the clock at a report's arrival, simulators empty. */
abstract class ProtectionScenarioTest {

  /** Thursday 2026-11-19 10:00 Taipei: a report arrives. */
  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-19T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired CaseNumbers numbers;
  @Autowired DeadlineRegistry registry;
  @Autowired SimulatedPolice police;
  @Autowired SimulatedProtectionInformationSystem protectionInfo;
  @Autowired SimulatedEducationAuthority education;
  @Autowired SimulatedDistrictCourt court;
  ProtectionScenario s;

  @BeforeEach
  void init() {
    at(RECEIVED);
    s = new ProtectionScenario(engine, numbers, registry);
    List.of(police, protectionInfo, education, court).forEach(sim -> sim.reset());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }
}
