package tw.childprotection.flow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DemoSeedingGateTest {

  @Test
  void whileTheDemoCasesAreSentInAnApiCallIsAskedToComeBackInChineseAndEnglish() throws Exception {
    DemoSeedingGate gate = new DemoSeedingGate();
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    gate.doFilter(new MockHttpServletRequest("POST", "/api/v1/protection/reports"), response, chain);
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString()).contains("\"code\":\"STARTING\"", "示範系統正在送入模擬案件",
        "try again in a few seconds");
    assertThat(chain.getRequest()).as("the request went no further").isNull();
  }

  @Test
  void aBrowserGetsAPageThatReloadsItself() throws Exception {
    DemoSeedingGate gate = new DemoSeedingGate();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/tasklist/default/");
    request.addHeader("Accept", "text/html,application/xhtml+xml");
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(request, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("text/html");
    assertThat(response.getContentAsString()).contains("示範系統啟動中", "http-equiv=\"refresh\"");
  }

  @Test
  void onceOpenOrWithoutSeedingEveryRequestPasses() throws Exception {
    DemoSeedingGate gate = new DemoSeedingGate();
    gate.open();
    // seeding switched off: the seeding's run opens the gate all the same
    DemoSeedingGate noSeeding = new DemoSeedingGate();
    new DemoCaseSeeding(null, mock(ProcessEngine.class), false, 240, noSeeding).run(null);
    for (DemoSeedingGate g : new DemoSeedingGate[] {gate, noSeeding}) {
      MockFilterChain chain = new MockFilterChain();
      MockHttpServletResponse response = new MockHttpServletResponse();
      g.doFilter(new MockHttpServletRequest("GET", "/api/v1/cases"), response, chain);
      assertThat(chain.getRequest()).isNotNull();
      assertThat(response.getStatus()).isEqualTo(200);
    }
  }
}
