package tw.childprotection.flow.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a person's browser gets for an error outside Camunda's apps (a social worker following a link
 * to Cockpit, a mistyped address): Traditional Chinese, what happened and the way back to the work, instead
 * of Spring's English "Whitelabel Error Page". API clients asking for JSON still get JSON.
 */
@Component
class ChineseErrorPages implements ErrorViewResolver {

  record Page(String title, String text, String english) {
  }

  private static final Page REFUSED = new Page("您沒有使用此頁面的權限",
      "這個畫面或資料不在您的職務範圍內（例如：流程監控限主管與系統管理者使用，或案件屬於其他縣市）。如需使用，請洽所屬機關的系統管理者。",
      "You are not allowed to use this page.");
  private static final Page NOT_FOUND = new Page("找不到這個頁面", "網址可能有誤，或頁面已移除。",
      "This page does not exist.");
  private static final Page BAD_REQUEST = new Page("無法處理這個要求", "請回到任務清單重新操作；若一再發生，請洽系統管理者。",
      "The request could not be handled.");
  private static final Page OURS = new Page("系統暫時無法處理", "您的資料沒有遺失。請稍後再試；若一再發生，請洽系統管理者並告知發生的時間。",
      "The system could not handle the request right now; please try again later.");

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    ModelAndView page = new ModelAndView(html(pageFor(status.value())));
    page.setStatus(status);
    return page;
  }

  Page pageFor(int status) {
    return switch (status) {
      case 401, 403 -> REFUSED;
      case 404 -> NOT_FOUND;
      default -> status >= 500 ? OURS : BAD_REQUEST;
    };
  }

  private static View html(Page page) {
    return (model, request, response) -> {
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(render(page).getBytes(StandardCharsets.UTF_8));
    };
  }

  static String render(Page page) {
    return """
        <!DOCTYPE html>
        <html lang="zh-TW">
        <head>
          <meta charset="utf-8">
          <title>%1$s｜兒少保護</title>
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <style>
            body { font-family: "Noto Sans TC", "Noto Sans CJK TC", sans-serif; margin: 0; color: #333; }
            header { border-top: 3px solid #b5152b; padding: 14px 24px; box-shadow: 0 1px 4px #0002; font-size: 18px; }
            main { max-width: 640px; margin: 80px auto; padding: 0 24px; }
            h1 { font-size: 24px; font-weight: normal; }
            .en { color: #777; font-size: 13px; }
            a { color: #1a62a8; margin-right: 16px; }
          </style>
        </head>
        <body>
        <header>兒少保護</header>
        <main>
          <h1>%1$s</h1>
          <p>%2$s</p>
          <p><a href="/camunda/app/tasklist/">回到任務清單</a><a href="/camunda/app/welcome/">回到首頁</a></p>
          <p class="en" lang="en">%3$s</p>
        </main>
        </body>
        </html>
        """.formatted(HtmlUtils.htmlEscape(page.title()), HtmlUtils.htmlEscape(page.text()),
        HtmlUtils.htmlEscape(page.english()));
  }
}
