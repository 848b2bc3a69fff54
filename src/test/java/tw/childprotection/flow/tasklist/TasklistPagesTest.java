package tw.childprotection.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our copy of Tasklist's index.html (it hides 建立任務: nobody creates loose tasks) and config.js (Chinese
 * header and shortcut texts) stay what Camunda ships but for those lines, so an upgrade of the webapp that
 * changes the page is noticed here and not by a caseworker.
 */
class TasklistPagesTest {

  static final String INDEX = "META-INF/resources/webjars/camunda/app/tasklist/index.html";
  static final String CONFIG = "META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js";

  @Test
  void ourIndexPageIsCamundasButForTheExcludedCreateTaskActionAndTheLanguage() throws IOException {
    String camundas = shipped(INDEX);
    String ours = ours(INDEX);
    assertThat(ours).contains("cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"");
    String back = ours.replace("\n        cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"", "")
        .replace("<html lang=\"zh-TW\">", "<html lang=\"en\">");
    assertThat(back).isEqualTo(camundas);
  }

  @Test
  void theShortcutsAndTheHeaderReadInChinese() throws IOException {
    String config = ours(CONFIG);
    assertThat(config).contains("name: '任務清單'", "vendor: '兒少保護'");
    List<String> descriptions = config.lines().filter(line -> line.trim().startsWith("description:")).toList();
    assertThat(descriptions).hasSize(5).noneMatch(line -> line.matches(".*'.*[A-Za-z].*'.*"));
  }

  /** The copy in Camunda's webjar (a jar: URL), not ours (a file: URL in target/classes). */
  private static String shipped(String path) throws IOException {
    for (URL url : Collections.list(TasklistPagesTest.class.getClassLoader().getResources(path))) {
      if ("jar".equals(url.getProtocol())) {
        return read(url);
      }
    }
    throw new AssertionError("Camunda's webjar has no " + path);
  }

  private static String ours(String path) throws IOException {
    for (URL url : Collections.list(TasklistPagesTest.class.getClassLoader().getResources(path))) {
      if (!"jar".equals(url.getProtocol())) {
        return read(url);
      }
    }
    throw new AssertionError("no copy of " + path + " of ours");
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
