package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.childprotection.flow.support.PlatformTest;

/**
 * Issue 12, hole 10: ten spaced wrong passwords — about six minutes, no login needed — locked any
 * account for good (ENGINE-27002), admin's too. Wrong passwords now slow the next try, at most a
 * minute, and the right password works again once that minute has passed, however many came before.
 */
@PlatformTest
class LoginThrottleTest {

  @Autowired IdentityService identity;

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void fiftySpacedWrongPasswordsNeverLockTheAccountForGood() {
    String id = "throttle.test";
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword("Right-Password-1");
      identity.saveUser(user);
    }
    Date now = new Date();
    for (int i = 0; i < 50; i++) {
      now = new Date(now.getTime() + 61_000);
      ClockUtil.setCurrentTime(now);
      assertThat(identity.checkPassword(id, "wrong-" + i)).isFalse();
    }
    ClockUtil.setCurrentTime(new Date(now.getTime() + 1_000));
    assertThat(identity.checkPassword(id, "Right-Password-1")).as("throttled right after a wrong one").isFalse();
    ClockUtil.setCurrentTime(new Date(now.getTime() + 61_000));
    assertThat(identity.checkPassword(id, "Right-Password-1")).as("never locked for good").isTrue();
    assertThat(identity.createUserQuery().userId(id).singleResult()).isNotNull();
  }
}
