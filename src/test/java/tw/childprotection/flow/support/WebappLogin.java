package tw.childprotection.flow.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person logged in to one webapp (Cockpit, Tasklist, Admin) as a browser is — the login form, the
 * session cookie, the CSRF token — for tests of what that session may read (e.g. Cockpit plugin APIs).
 */
public final class WebappLogin {

  private final HttpClient client;
  private final String base;
  private final int loginStatus;

  private WebappLogin(HttpClient client, String base, int loginStatus) {
    this.client = client;
    this.base = base;
    this.loginStatus = loginStatus;
  }

  /** Logs in; {@link #loginStatus()} says whether the app let the user in (200) or not (403). */
  public static WebappLogin as(int port, String app, String user) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    send(client, HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET().build());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = send(client, HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo", StandardCharsets.UTF_8))
        .build());
    return new WebappLogin(client, base, login.statusCode());
  }

  public int loginStatus() {
    return loginStatus;
  }

  public HttpResponse<String> get(String path) {
    return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .GET().build());
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    return Http.send(client, request);
  }
}
