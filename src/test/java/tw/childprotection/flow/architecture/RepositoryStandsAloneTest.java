package tw.childprotection.flow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Someone who clones the project has only the project: no document, comment or configuration sends them
 * to a folder beside it, and every relative link of the documentation leads to a file that exists.
 */
class RepositoryStandsAloneTest {

  /** Where a reader is sent: the documentation, configuration, code, models and forms. */
  static final List<Path> READ = List.of(Path.of("README.md"), Path.of("docs"), Path.of("src"),
      Path.of("processes"), Path.of("forms"), Path.of("docker-compose.yml"));
  static final List<String> TEXT = List.of(".md", ".java", ".yaml", ".yml", ".xml", ".bpmn", ".dmn", ".form",
      ".json", ".properties", ".csv", ".py", ".sh");
  /** A path out of the repository into the folder of the material it was written from. */
  static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared\\b|\\bshared/(CONTRACT|SPEC|CAMUNDA-NOTES|seeds)");
  /** A Markdown link or image with a relative target: {@code [text](target)}, anchors and web addresses aside. */
  static final Pattern LINK = Pattern.compile("\\]\\((?![a-z][a-z0-9+.-]*:)(?!#)([^)\\s#]+)(#[^)\\s]*)?\\)");

  @Test
  void nothingSendsTheReaderOutsideTheRepository() {
    List<String> outside = new ArrayList<>();
    for (Path file : files(READ)) {
      String[] lines = read(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (OUTSIDE.matcher(lines[i]).find()) {
          outside.add(file + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }

    assertThat(outside).as("references to material outside the repository (docs/api.md and"
        + " docs/legal-basis.md carry what a reader needs)").isEmpty();
  }

  @Test
  void everyRelativeLinkOfTheDocumentationLeadsToAFile() {
    List<Path> documents = files(List.of(Path.of("README.md"), Path.of("docs"))).stream()
        .filter(f -> f.toString().endsWith(".md")).toList();
    assertThat(documents).as("documentation").isNotEmpty();
    List<String> broken = new ArrayList<>();
    for (Path document : documents) {
      Matcher link = LINK.matcher(read(document));
      while (link.find()) {
        Path target = document.toAbsolutePath().getParent().resolve(link.group(1)).normalize();
        if (!Files.exists(target)) {
          broken.add(document + " → " + link.group(1));
        }
      }
    }

    assertThat(broken).as("links to files that do not exist").isEmpty();
  }

  private static List<Path> files(List<Path> roots) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).filter(f -> TEXT.stream().anyMatch(f.toString()::endsWith))
            .filter(f -> !f.toString().contains("node_modules")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
