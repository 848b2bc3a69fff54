package tw.childprotection.flow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.childprotection.flow.support.PlatformTest;
import tw.childprotection.flow.support.WebappUser;

/** A person's browser meets an error in Traditional Chinese with the way back to the work. */
@PlatformTest
class ChineseErrorPagesTest {

  @LocalServerPort int port;

  @Test
  void aSocialWorkerFollowingALinkToCockpitGetsAChinesePageWithTheWayBackToTheWork() throws Exception {
    WebappUser social = WebappUser.tasklist(port, "social.tpe");
    HttpResponse<String> page = social.page("/camunda/app/cockpit/default/");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("lang=\"zh-TW\"", "您沒有使用此頁面的權限", "回到任務清單")
        .doesNotContain("Whitelabel");
  }

  @Test
  void everyKindOfErrorHasItsSentence() {
    assertThat(ChineseErrorPages.render(new ChineseErrorPages().pageFor(403))).contains("您沒有使用此頁面的權限");
    assertThat(ChineseErrorPages.render(new ChineseErrorPages().pageFor(400))).contains("無法處理這個要求");
    assertThat(ChineseErrorPages.render(new ChineseErrorPages().pageFor(503))).contains("您的資料沒有遺失");
  }
}
