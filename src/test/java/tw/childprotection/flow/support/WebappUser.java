package tw.childprotection.flow.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person logged in to a webapp (Tasklist, Cockpit, Admin) as a browser is — the login form, the session
 * cookie, the CSRF token — calling what that webapp and its plugins call.
 */
public final class WebappUser {

  private final HttpClient client;
  private final CookieManager cookies;
  private final String base;
  private int loginStatus;

  private WebappUser(HttpClient client, CookieManager cookies, String base) {
    this.client = client;
    this.cookies = cookies;
    this.base = base;
  }

  /** Logs in to Tasklist; fails the test if the user is not let in. */
  public static WebappUser tasklist(int port, String user) {
    WebappUser session = as(port, "tasklist", user);
    if (session.loginStatus != 200) {
      throw new AssertionError(user + " could not log in to Tasklist: " + session.loginStatus);
    }
    return session;
  }

  /** Logs in to one webapp (cockpit, tasklist, admin); {@link #loginStatus()} says whether it let the user in. */
  public static WebappUser as(int port, String app, String user) {
    CookieManager cookies = new CookieManager();
    WebappUser session = new WebappUser(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies,
        "http://localhost:" + port);
    session.send("GET", "/camunda/app/" + app + "/default/", null, null);
    session.loginStatus = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded", "username=" + user + "&password=demo").statusCode();
    // the login starts a new session with a CSRF token of its own, handed out on the next page
    session.send("GET", "/camunda/app/" + app + "/default/", null, null);
    return session;
  }

  /** 200 when the webapp let the user in, 403 when not. */
  public int loginStatus() {
    return loginStatus;
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null);
  }

  /** A request as the logged-in person, with the CSRF token the webapp requires on every change. */
  /** A page as a browser asks for it (Accept: text/html). */
  public HttpResponse<String> page(String path) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf())
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }
}
