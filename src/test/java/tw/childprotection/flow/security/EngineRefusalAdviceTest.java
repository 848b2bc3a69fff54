package tw.childprotection.flow.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine's refusal reaches an {@code /api} caller as the same 403 as every other refusal (CONTRACT §3),
 * now that the mapping lives in security rather than validation (ADR 0001).
 */
class EngineRefusalAdviceTest {

  @RestController
  static class RefusingController {
    @GetMapping("/api/v1/refused")
    String refused() {
      throw new AuthorizationException("social.tpe", "READ", "ProcessInstance", "42");
    }

    @GetMapping("/api/v1/changed")
    String changed() {
      throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[7]' failed");
    }
  }

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
      .setControllerAdvice(new EngineRefusalAdvice()).build();

  @Test
  void anEngineAuthorizationFailureIsA403InBothLanguagesNamingNothing() throws Exception {
    mvc.perform(get("/api/v1/refused"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].code").value("FORBIDDEN"))
        .andExpect(jsonPath("$.errors[0].field").doesNotExist())
        .andExpect(jsonPath("$.errors[0].message").value("your role may not do this"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("您的角色沒有執行此操作的權限"));
  }

  @Test
  void aChangeTheEngineRefusedAsConcurrentIsA409AskingToSendAgainWithoutTheEnginesText() throws Exception {
    mvc.perform(get("/api/v1/changed"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].code").value("CHANGED_MEANWHILE"))
        .andExpect(jsonPath("$.errors[0].field").doesNotExist())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("send it again")))
        .andExpect(jsonPath("$.errors[0].message").value(not(containsString("TaskEntity"))))
        .andExpect(jsonPath("$.errors[0].messageZh").value(containsString("請重新送出")));
  }
}
