package tw.childprotection.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person logged in to one of the webapps (Cockpit, Tasklist, Admin) as the browser is: the login form,
 * the session cookie and the CSRF token the webapps require.
 */
final class WebappSession {

  private final HttpClient client;
  private final String base;
  private final CookieManager cookies;

  private WebappSession(HttpClient client, String base, CookieManager cookies) {
    this.client = client;
    this.base = base;
    this.cookies = cookies;
  }

  static WebappSession login(int port, String app, String user) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    // the first page sets the CSRF cookie the login must echo back
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo", StandardCharsets.UTF_8))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(user + " logs in to " + app + ": " + login.body()).isEqualTo(200);
    // the login starts a new session, whose CSRF token the browser receives with its next read
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/")).header("Accept",
        "application/json").GET().build(), HttpResponse.BodyHandlers.discarding());
    return new WebappSession(client, base, cookies);
  }

  String get(String path) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  HttpResponse<String> send(String method, String path, String json) throws Exception {
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
